import type { Exec } from './exec.js';
import type { PythonCandidate } from './python-candidates.js';

/** How running `report.py check` went, before its output is read. */
export type CheckerRun =
  | { kind: 'ran'; python: PythonCandidate; exitCode: number; stdout: string; stderr: string }
  | { kind: 'no-python'; tried: PythonCandidate[] }
  | { kind: 'timeout'; python: PythonCandidate; seconds: number }
  | { kind: 'output-cut'; python: PythonCandidate; megabytes: number }
  | { kind: 'failed'; python: PythonCandidate; message: string };

/** What `runChecker` needs: the pythons to try, the report's folder, the environment, a time limit and `exec`. */
export interface RunCheckerOptions {
  candidates: PythonCandidate[];
  cwd: string;
  env: Record<string, string | undefined>;
  timeoutSeconds: number;
  exec: Exec;
}

/** The child's environment: the student's, made to print plain, parseable output. */
const childEnv = (env: Record<string, string | undefined>): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) if (value !== undefined) out[name] = value;
  // An inherited `ignore` would hide the TeacherWarning lines older versions report failures with.
  delete out.PYTHONWARNINGS;
  return {
    ...out,
    // typer prints a rich box (wrapped, with locals) when rich is installed; ask for the plain traceback.
    _TYPER_STANDARD_TRACEBACK: '1',
    TYPER_STANDARD_TRACEBACK: '1',
    NO_COLOR: '1',
    PYTHONIOENCODING: 'utf-8',
    PYTHONDONTWRITEBYTECODE: '1',
  };
};

/** report.py check prints a few kilobytes; past this many characters it is not the checker talking, so it is ended. */
const maxOutput = 10_000_000;

/** Runs `python report.py check` in the report's folder with the first python that exists. */
export const runChecker = async (options: RunCheckerOptions): Promise<CheckerRun> => {
  const env = childEnv(options.env);
  const tried: PythonCandidate[] = [];
  for (const python of options.candidates) {
    const outcome = await options.exec(python.command, ['report.py', 'check'], {
      cwd: options.cwd,
      env,
      timeout: options.timeoutSeconds * 1000,
      maxBuffer: maxOutput,
    });
    tried.push(python);
    if (outcome.timedOut) return { kind: 'timeout', python, seconds: options.timeoutSeconds };
    if (outcome.outputCut === true) return { kind: 'output-cut', python, megabytes: maxOutput / 1_000_000 };
    // ENOENT: no such program; 127: a shell or pyenv shim found none behind it; 9009: Windows' Store alias.
    const notThere = outcome.exitCode === 127 || outcome.exitCode === 9009;
    if (outcome.code === 'ENOENT' || (notThere && !outcome.stderr.includes('Traceback'))) continue;
    if (outcome.exitCode === undefined) {
      return { kind: 'failed', python, message: outcome.shortMessage ?? outcome.code ?? 'it did not start' };
    }
    return {
      kind: 'ran',
      python,
      exitCode: outcome.exitCode,
      stdout: outcome.stdout,
      stderr: outcome.stderr,
    };
  }
  return { kind: 'no-python', tried };
};
