import { shellQuote } from '../report/shell-quote.js';
import type { CheckerOutput } from './parse-checker-output.js';
import type { CheckerRun } from './run-checker.js';

/** What a failure message needs to name: where report.py sits and which packages it imports. */
export interface ExplainContext {
  /** The report's folder as the student would type it (`reports`). */
  dir: string;
  /** `loguru` versions (typer, pydantic) or `warnings` versions (click). */
  style: 'loguru' | 'warnings';
}

const packages = (style: ExplainContext['style']): string =>
  style === 'loguru' ? 'typer markdown pydantic loguru' : 'click markdown';

const runItYourself = (python: string, dir: string): string =>
  dir === '.'
    ? `run \`${shellQuote(python)} report.py check\``
    : `run \`cd ${shellQuote(dir)} && ${shellQuote(python)} report.py check\``;

/** An exception that report.py's `check` itself raises is its verdict on the report, not a failure to run. */
const isVerdict = (out: CheckerOutput): boolean =>
  out.fatal !== null &&
  (out.fatalIn === 'check' || (out.fatalIn === null && /^(ValueError|IndexError):/.test(out.fatal)));

/**
 * The one-line message, with its fix, for a run that produced no verdict to compare (exit code 2), or null when
 * report.py ran and its output could be read.
 */
export const explainRun = (
  run: CheckerRun,
  out: CheckerOutput | null,
  context: ExplainContext,
): string | null => {
  if (run.kind === 'no-python') {
    const only =
      run.tried.length === 1 && run.tried[0]!.source !== 'PATH' && run.tried[0]!.source !== '.venv';
    if (only) {
      const { command, source } = run.tried[0]!;
      return `Could not start ${command} (from ${source}): no such program. Give the path of a Python 3 executable.`;
    }
    const names = run.tried.map((c) => c.command).join(', ');
    return `No python found (tried ${names}): install Python 3, or name one with --python PATH or REPORT_WIZARD_PYTHON.`;
  }
  if (run.kind === 'failed') {
    return `Could not start ${run.python.command}: ${run.message}. Name a working Python 3 with --python PATH.`;
  }
  const python = run.python.command;
  if (run.kind === 'timeout') {
    return `report.py did not finish within ${run.seconds} second${run.seconds === 1 ? '' : 's'}: ${runItYourself(python, context.dir)} to see why, or allow longer with --timeout SECONDS.`;
  }
  if (run.kind === 'output-cut') {
    return `report.py printed more than ${run.megabytes} MB, so report-wizard stopped reading it and ended it (any error about a closed pipe is from that): ${runItYourself(python, context.dir)} to see what it prints.`;
  }
  if (out === null) return null;
  const missing = /^(?:ModuleNotFoundError|ImportError): No module named '([^'.]+)/.exec(out.fatal ?? '');
  if (missing) {
    const list = packages(context.style);
    return `report.py cannot import ${missing[1]} with ${python}: install its packages with \`pip install ${list}\` or \`uv add ${list}\` (or name another python with --python).`;
  }
  if (out.fatal?.startsWith('UnicodeDecodeError') === true) {
    return `report.py could not read README.md in this system's default encoding (${out.fatal}): staff read it as UTF-8, so run parity again with the environment variable PYTHONUTF8=1.`;
  }
  if (out.fatal !== null && !isVerdict(out)) {
    return `report.py stopped before checking the report, with ${out.fatal}: ${runItYourself(python, context.dir)} to see the traceback.`;
  }
  if (out.fatal !== null) return null;
  const last = out.unrecognised[out.unrecognised.length - 1];
  if (last !== undefined && /^SyntaxError\b/.test(last.trim())) {
    return `${python} cannot parse report.py (${last.trim()}): it needs Python 3.9 or newer (name one with --python PATH), and an unchanged report.py from the course repository.`;
  }
  const shown = last === undefined ? 'nothing' : `"${last.trim()}"`;
  if (run.exitCode !== 0) {
    return `Could not read report.py's output (exit status ${run.exitCode}, last line ${shown}): ${runItYourself(python, context.dir)} to see it.`;
  }
  if (context.style === 'loguru' && out.total === null) {
    return `Could not read report.py's output: no "Total number of questions passed" line (last line ${shown}); ${runItYourself(python, context.dir)} to see it.`;
  }
  return null;
};
