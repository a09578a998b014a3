import { dirname, join } from 'node:path';

/** A python report.py may be run with, and where that choice came from. */
export interface PythonCandidate {
  command: string;
  /** `--python`, `REPORT_WIZARD_PYTHON`, `.venv` or `PATH`. */
  source: string;
}

/** Where to look: the options and environment of the run, and a file test passed in. */
export interface PythonSearch {
  python?: string;
  env: Record<string, string | undefined>;
  reportDir: string;
  isFile: (path: string) => Promise<boolean>;
  platform?: NodeJS.Platform;
}

const venvPython = async (search: PythonSearch): Promise<string | null> => {
  const inside = search.platform === 'win32' ? ['.venv/Scripts/python.exe'] : ['.venv/bin/python'];
  for (let dir = search.reportDir; ; dir = dirname(dir)) {
    for (const relative of inside) {
      const path = join(dir, relative);
      if (await search.isFile(path)) return path;
    }
    if (dirname(dir) === dir) return null;
  }
};

/**
 * The pythons to try, in order: `--python`, else `REPORT_WIZARD_PYTHON` (either one alone: a python the student named
 * is never swapped for another), else the project's `.venv` found walking up from the report, then `python3`, `python`.
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
