import { dirname, join } from 'node:path';

/** A python report.py may be run with, and where that choice came from. */
export interface PythonCandidate {
  command: string;
  /** `--python`, `REPORT_WIZARD_PYTHON`, `.venv` or `PATH`. */
  source: string;
}

/** What the search needs to know about a path; null when nothing is there. */
export interface PythonPathInfo {
  isFile: boolean;
  /** The owner's user id: a `.venv` counts only when it is the current user's. */
  uid: number;
  /** From `lstat` only: the path itself is a symbolic link. */
  isSymlink?: boolean;
}

/** Where to look: the options and environment of the run, and the file look-ups passed in. */
export interface PythonSearch {
  python?: string;
  env: Record<string, string | undefined>;
  reportDir: string;
  /** Follows symbolic links. */
  stat: (path: string) => Promise<PythonPathInfo | null>;
  /** Does not follow a symbolic link at the path itself (its `isSymlink` says whether it is one). */
  lstat: (path: string) => Promise<PythonPathInfo | null>;
  /** The current user's id (`process.getuid`); not asked on Windows, where ownership is not checked. */
  uid: () => number | undefined;
  platform?: NodeJS.Platform;
}

/**
 * The folders that may hold the project's `.venv`, nearest first: from the report's folder up to the repository root
 * (the nearest folder with `.git`), never above it; outside a repository, the report's folder alone.
 */
const venvFolders = async (search: PythonSearch): Promise<string[]> => {
  const folders: string[] = [];
  for (let dir = search.reportDir; ; dir = dirname(dir)) {
    folders.push(dir);
    if ((await search.stat(join(dir, '.git'))) !== null) return folders;
    if (dirname(dir) === dir) return [search.reportDir];
  }
};

/**
 * Whether `path` is the current user's own step: the entry itself (lstat) is theirs, and when it is a symbolic link,
 * what it leads to is a folder of theirs or, for the python itself, a file of theirs or root's (a venv's python is
 * usually a link to the system's). A step someone else owns could be pointed at anything, so it is never trusted.
 */
const ownStep = async (search: PythonSearch, path: string, uid: number, last: boolean): Promise<boolean> => {
  const entry = await search.lstat(path);
  if (entry === null || entry.uid !== uid) return false;
  if (entry.isSymlink !== true) return entry.isFile === last;
  const target = await search.stat(path);
  if (target === null || target.isFile !== last) return false;
  return target.uid === uid || (last && target.uid === 0);
};

/**
 * The first `.venv`'s python in those folders. Since we would run it, each step (`.venv`, `bin`, `python`) must be the
 * current user's, checked without following links; a `.venv` another user made, or linked elsewhere, is passed over.
 */
const venvPython = async (search: PythonSearch): Promise<string | null> => {
  const windows = search.platform === 'win32';
  const uid = windows ? undefined : search.uid();
  const inside = windows ? ['Scripts', 'python.exe'] : ['bin', 'python'];
  for (const dir of await venvFolders(search)) {
    const venv = join(dir, '.venv');
    const python = join(venv, ...inside);
    if (windows) {
      if ((await search.stat(venv)) !== null && (await search.stat(python))?.isFile) return python;
      continue;
    }
    if (uid === undefined) continue;
    const steps = [venv, join(venv, inside[0]!), python];
    let own = true;
    for (const [i, step] of steps.entries()) {
      own = await ownStep(search, step, uid, i === steps.length - 1);
      if (!own) break;
    }
    if (own) return python;
  }
  return null;
};

/**
 * The pythons to try, in order: `--python`, else `REPORT_WIZARD_PYTHON` (either one alone: a python the student named
 * is never swapped for another), else the current user's `.venv` between the report and its repository root, then
 * `python3`, `python`.
 */
export const pythonCandidates = async (search: PythonSearch): Promise<PythonCandidate[]> => {
  if (search.python !== undefined && search.python !== '')
    return [{ command: search.python, source: '--python' }];
  const fromEnv = search.env.REPORT_WIZARD_PYTHON;
  if (fromEnv !== undefined && fromEnv !== '') return [{ command: fromEnv, source: 'REPORT_WIZARD_PYTHON' }];
  const venv = await venvPython(search);
  return [
    ...(venv === null ? [] : [{ command: venv, source: '.venv' }]),
    { command: 'python3', source: 'PATH' },
    { command: 'python', source: 'PATH' },
  ];
};
