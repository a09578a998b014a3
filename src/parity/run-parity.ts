import { basename, dirname, join } from 'node:path';
import type { FileSystem } from '../io/file-system.js';
import { loadReport } from '../io/load-report.js';
import { ReportError } from '../io/report-error.js';
import { checkReport } from '../report/check-report.js';
import { newestChecker } from '../report/generations.js';
import { parseCheckerOutput } from './parse-checker-output.js';
import { compareResults } from './compare-results.js';
import { crashingChecker } from './crashing-checker.js';
import { diffCheckers } from './diff-checkers.js';
import type { Exec } from '../io/exec.js';
import { explainRun } from './explain-run.js';
import { type ParityReport, formatParity } from './format-parity.js';
import { identifyChecker } from './identify-checker.js';
import { outputStyle } from './output-style.js';
import { pythonCandidates } from './python-candidates.js';
import { pythonSearch } from './python-search.js';
import { runChecker } from './run-checker.js';
import { displayPath } from '../io/display-path.js';

/** Everything a parity run touches, passed in; `exec` defaults to execa, loaded only when it runs. */
export interface RunParityOptions {
  cwd: string;
  env: Record<string, string | undefined>;
  fs: FileSystem;
  /** `--python`: the only python tried when given. */
  python?: string;
  /** Seconds before report.py is stopped (default 60). */
  timeoutSeconds?: number;
  /** Print one JSON document instead of the table. */
  json?: boolean;
  color?: boolean;
  exec?: Exec;
  platform?: NodeJS.Platform;
  /** The current user's id, whose `.venv` alone is run; defaults to `process.getuid`. */
  uid?: () => number | undefined;
}

/** How a parity run ended: its exit code (0 agree, 1 disagree, 2 could not run) and the lines to print. */
export interface ParityOutcome {
  exitCode: number;
  /** The table (or the JSON document, or the one-line error) to print. */
  lines: string[];
  /** The one-line message when report.py could not run, else null. */
  error: string | null;
  report: ParityReport | null;
}

const decoder = new TextDecoder('utf-8');

const failure = (error: string, json: boolean): ParityOutcome => ({
  exitCode: 2,
  lines: json ? JSON.stringify({ exitCode: 2, error }, null, 2).split('\n') : [error],
  error,
  report: null,
});

const defaultExec: Exec = async (file, args, options) =>
  (await import('./exec-with-execa.js')).execWithExeca(file, args, options);

/** Runs the report.py next to a report and compares its verdicts with report-wizard's, question by question. */
export const runParity = async (
  reportPath: string | undefined,
  options: RunParityOptions,
): Promise<ParityOutcome> => {
  const json = options.json ?? false;
  let loaded;
  try {
    loaded = await loadReport(options.fs, reportPath, options.cwd);
  } catch (error) {
    if (error instanceof ReportError) return failure(error.message, json);
    throw error;
  }
  const display = displayPath(options.cwd, loaded.path);
  const dir = dirname(loaded.path);
  if (basename(loaded.path) !== 'README.md') {
    return failure(
      `report.py only reads README.md from its folder, so it cannot check ${display}: rename it to README.md (next to report.py) and run parity again.`,
      json,
    );
  }
  const checkerPath = join(dir, 'report.py');
  if (!(await options.fs.stat(checkerPath))?.isFile) {
    return failure(
      `No report.py next to ${display}: copy reports/report.py from the course repository (https://github.com/SkafteNicki/dtu_mlops) into ${displayPath(options.cwd, dir) === '.' ? 'this folder' : displayPath(options.cwd, dir)}.`,
      json,
    );
  }
  const checkerBytes = await options.fs.readFile(checkerPath);
  const identity = identifyChecker(checkerBytes);
  // Running it would only show the crash; comparing with it would call that a disagreement.
  const crash = crashingChecker(identity.checker, displayPath(options.cwd, dir));
  if (crash !== null) return failure(crash, json);
  const style = identity.checker?.output ?? outputStyle(decoder.decode(checkerBytes));
  const candidates = await pythonCandidates(
    pythonSearch(options.fs, {
      env: options.env,
      reportDir: dir,
      ...(options.python === undefined ? {} : { python: options.python }),
      ...(options.platform === undefined ? {} : { platform: options.platform }),
      ...(options.uid === undefined ? {} : { uid: options.uid }),
    }),
  );
  const run = await runChecker({
    candidates,
    cwd: dir,
    env: options.env,
    timeoutSeconds: options.timeoutSeconds ?? 60,
    exec: options.exec ?? defaultExec,
  });
  const out =
    run.kind === 'ran'
      ? parseCheckerOutput(`${run.stderr}\n${run.stdout}`, {
          numbersFromZero: identity.checker?.numbersFromZero ?? false,
        })
      : null;
  const error = explainRun(run, out, { dir: displayPath(options.cwd, dir), style });
  if (error !== null || out === null || run.kind !== 'ran')
    return failure(error ?? 'report.py did not run.', json);
  const checker = identity.checker ?? newestChecker;
  const wizard = checkReport(loaded.text, { checker: checker.version });
  const report: ParityReport = {
    report: display,
    python: run.python.command,
    checker: identity.checker?.version ?? null,
    sha256: identity.sha256,
    matchedAfterLf: identity.matchedAfterLf,
    newest: newestChecker.version,
    comparedWith: checker.version,
    changes: checker === newestChecker ? [] : diffCheckers(checker, newestChecker),
    comparison: compareResults(out, wizard, checker.expectedAnswers),
  };
  const exitCode = report.comparison.agree ? 0 : 1;
  const lines = json
    ? JSON.stringify({ exitCode, error: null, ...report }, null, 2).split('\n')
    : formatParity(report, { color: options.color ?? false });
  return { exitCode, lines, error: null, report };
};
