import { dirname, isAbsolute, join, relative } from 'node:path';
import type { CliIo } from '../cli/cli-io.js';
import { ExitCode } from '../cli/exit-codes.js';
import { loadReport } from '../io/load-report.js';
import { ReportError } from '../io/report-error.js';
import { type StateStore, createStateStore } from '../io/state-store.js';
import { type CheckResult, checkReport } from '../report/check-report.js';
import type { Report } from '../report/model.js';
import { parseReport } from '../report/parse-report.js';
import { startState } from '../ui/wizard-reducer.js';

/** What the wizard takes besides the CLI's IO: defaults are the real ones. */
export interface WizardDeps {
  store?: StateStore;
  /** The parity check against the user's report.py; lines to show. */
  runParity?: (reportPath: string) => Promise<string>;
}

interface WizardArgs {
  path: string | undefined;
  question: number | undefined;
  checklist: boolean;
  fresh: boolean;
}

const parseArgs = (args: string[]): WizardArgs => {
  const parsed: WizardArgs = { path: undefined, question: undefined, checklist: false, fresh: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--checklist') parsed.checklist = true;
    else if (arg === '--fresh') parsed.fresh = true;
    else if (arg === '--question' || arg.startsWith('--question=')) {
      const value = arg === '--question' ? args[++i] : arg.slice('--question='.length);
      if (value === undefined || !/^\d+$/.test(value))
        throw new ReportError('--question needs a question number.');
      parsed.question = Number(value);
    } else if (arg.startsWith('-') && arg !== '-') throw new ReportError(`Unknown option ${arg}.`);
    else if (parsed.path === undefined) parsed.path = arg;
    else throw new ReportError(`Expected one report path, got ${parsed.path} and ${arg}.`);
  }
  if (parsed.question !== undefined && parsed.checklist) {
    throw new ReportError('Use either --question or --checklist, not both.');
  }
  return parsed;
};

const summary = (shown: string, report: Report, check: CheckResult): string => {
  const passing =
    check.fatal === null
      ? `questions passing ${check.passed}/${check.total}`
      : `report.py stops: ${check.fatal}`;
  const checked = report.items.filter((i) => i.checked).length;
  return `${shown}: ${passing} · checklist ${checked}/${report.items.length} checked\n`;
};

const imageFile = /\.(png|jpe?g)$/i;

/** Image files in the report's `figures/` folder, as paths relative to the report. */
const listFigures = async (io: CliIo, reportPath: string): Promise<string[]> => {
  const names = await io.fs.readdir(join(dirname(reportPath), 'figures')).catch(() => []);
  return names.filter((name) => imageFile.test(name)).map((name) => `figures/${name}`);
};

const showPath = (cwd: string, path: string): string => {
  const rel = relative(cwd, path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel;
};

/** Flushes resume state when the terminal closes or the process is told to stop, then exits. */
const onSignals = (store: StateStore): (() => void) => {
  const handlers = (['SIGHUP', 'SIGTERM'] as const).map((signal) => {
    const handler = (): void =>
      void store.flush().finally(() => process.exit(128 + (signal === 'SIGHUP' ? 1 : 15)));
    process.once(signal, handler);
    return () => void process.off(signal, handler);
  });
  return () => handlers.forEach((remove) => remove());
};

/** `report-wizard [PATH] [--question N | --checklist] [--fresh]`: the interactive wizard (Ink, loaded lazily). */
export const wizard = async (args: string[], io: CliIo, deps: WizardDeps = {}): Promise<number> => {
  let options: WizardArgs;
  let loaded;
  try {
    options = parseArgs(args);
    loaded = await loadReport(io.fs, options.path, io.cwd);
  } catch (error) {
    if (!(error instanceof ReportError)) throw error;
    io.stderr.write(`report-wizard: ${error.message}\n`);
    return error.exitCode;
  }
  const report = parseReport(loaded.text);
  const check = checkReport(loaded.text, report.generation ?? undefined);
  const shown = showPath(io.cwd, loaded.path);
  if (options.question !== undefined && !report.questions.some((q) => q.number === options.question)) {
    io.stderr.write(`report-wizard: ${shown} has no question ${options.question}.\n`);
    return ExitCode.usage;
  }
  if (!io.stdin.isTTY || !io.stdout.isTTY) {
    io.stderr.write(summary(shown, report, check));
    io.stderr.write(
      'report-wizard needs an interactive terminal; use "report-wizard check" or "report-wizard answer" in scripts.\n',
    );
    return ExitCode.usage;
  }
  const store = deps.store ?? createStateStore(io.env);
  const saved = options.fresh ? null : await store.get(loaded.path);
  const start = startState({
    report,
    check,
    saved,
    question: options.question,
    checklist: options.checklist,
  });
  const figures = await listFigures(io, loaded.path);
  // chalk (inside Ink) reads FORCE_COLOR when it loads, and does not know NO_COLOR itself.
  if (io.env.NO_COLOR) process.env.FORCE_COLOR = '0';
  const [{ render }, { createElement }, { App }] = await Promise.all([
    import('ink'),
    import('react'),
    import('../ui/App.js'),
  ]);
  const removeSignals = onSignals(store);
  const instance = render(
    createElement(App, {
      path: loaded.path,
      displayPath: shown,
      text: loaded.text,
      bytes: loaded.bytes,
      fs: io.fs,
      store,
      start,
      figures,
      runParity: deps.runParity,
    }),
    {
      stdout: io.stdout as NodeJS.WriteStream,
      stderr: io.stderr as NodeJS.WriteStream,
      stdin: io.stdin as NodeJS.ReadStream,
      exitOnCtrlC: false,
      patchConsole: false,
    },
  );
  try {
    await instance.waitUntilExit();
  } finally {
    removeSignals();
    await store.flush();
  }
  return ExitCode.ok;
};
