import { dirname, join } from 'node:path';

/** A python report.py may be run with, and where that choice came from. */
export interface PythonCandidate {
  command: string;
  /** `--python`, `REPORT_WIZARD_PYTHON`, `.venv` or `PATH`. */
  source: string;
}

/** What the search needs to know about a path (links followed); null when nothing is there. */
export interface PythonPathInfo {
  isFile: boolean;
  /** The owner's user id: a `.venv` counts only when it is the current user's. */
  uid: number;
}

/** Where to look: the options and environment of the run, and the file look-ups passed in. */
export interface PythonSearch {
  python?: string;
  env: Record<string, string | undefined>;
  reportDir: string;
  stat: (path: string) => Promise<PythonPathInfo | null>;
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

/** The first `.venv`'s python in those folders; a `.venv` someone else owns is passed over, since we would run it. */
const venvPython = async (search: PythonSearch): Promise<string | null> => {
  const windows = search.platform === 'win32';
  const uid = windows ? undefined : search.uid();
  const inside = windows ? join('Scripts', 'python.exe') : join('bin', 'python');
  for (const dir of await venvFolders(search)) {
    const venv = join(dir, '.venv');
    const info = await search.stat(venv);
    if (info === null || (!windows && info.uid !== uid)) continue;
    const python = join(venv, inside);
    if ((await search.stat(python))?.isFile) return python;
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
