/**
 * How the scan reads one listed file, `path` relative to the repository's root: its text; null when it is a file
 * whose text is not read (`contents` false, too large, binary, not UTF-8, or a link leading out of the repository);
 * undefined when no regular file is there (a deleted file git still lists, a submodule's folder), which leaves it out.
 */
export type ReadRepositoryFile = (path: string, contents: boolean) => string | null | undefined;
