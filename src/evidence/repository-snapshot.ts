/** One file of the repository: its path from the root and, when it is a small text file, its text. */
export interface RepositoryFile {
  path: string;
  /** Null when not read: too large, binary, or unreadable. */
  text: string | null;
}

/** The files that can count as evidence: those git tracks, or those a walk found without git. */
export interface RepositorySnapshot {
  /** Whether the files come from `git ls-files`. */
  git: boolean;
  files: RepositoryFile[];
  /**
   * The project's folder inside the repository when it is not the root (the folder above `reports/`, e.g. `app`):
   * root-anchored rules (`pyproject.toml`, `.github/workflows/*.yml`) match there too.
   */
  base?: string;
  /** Whether a walk without git stopped at its limit (`maxWalkFiles`): files past it were never looked at. */
  cut?: boolean;
}
