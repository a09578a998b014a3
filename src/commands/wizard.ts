import type { CliIo } from '../io/cli-io.js';
import { ExitCode } from './exit-codes.js';
import { displayPath } from '../io/display-path.js';
import { imageExistsNear } from '../io/image-exists-near.js';
import { liveImageExists } from '../ui/live-image-exists.js';
import { loadReport } from '../io/load-report.js';
import { type WizardArgs, parseWizardArgs } from './parse-wizard-args.js';
import { ReportError } from '../io/report-error.js';
import { createStateStore } from '../io/state-store.js';
import { checkReport } from '../report/check-report.js';
import { parseReport } from '../report/parse-report.js';
import { visibleText } from '../report/visible-text.js';
import { statusSummary } from '../report/answer/status-summary.js';
import { startState } from '../ui/wizard-reducer.js';
import { pasteOff, pasteOn } from './wizard/bracketed-paste.js';
import { loadUi } from './wizard/load-ui.js';
import { onSignals } from './wizard/on-signals.js';
import type { WizardDeps } from './wizard/wizard-deps.js';
import { wizardFindResolve } from './wizard/wizard-find-resolve.js';
import { wizardPorts } from './wizard/wizard-ports.js';
import { writeCodeCachesAtFirstFrame } from './wizard/write-code-caches-at-first-frame.js';

/**
 * `report-wizard [PATH | --report PATH] [--question N | --checklist] [--fresh] [--python CMD]`: the interactive wizard
 * (Ink, lazily).
 */
export const wizard = async (args: string[], io: CliIo, deps: WizardDeps = {}): Promise<number> => {
  const interactive = io.stdin.isTTY === true && io.stdout.isTTY === true;
  // Loading Ink (and compiling its layout engine) is most of the time to the first frame: start it at once.
  const ui = interactive ? loadUi(Boolean(io.env.NO_COLOR)) : null;
  ui?.catch(() => undefined);
  let options: WizardArgs;
  let loaded;
  try {
    options = parseWizardArgs(args);
    loaded = await loadReport(io.fs, options.path, io.cwd);
  } catch (error) {
    if (!(error instanceof ReportError)) throw error;
    io.stderr.write(`report-wizard: ${visibleText(error.message)}\n`);
    return error.exitCode;
  }
  const report = parseReport(loaded.text);
  const check = checkReport(loaded.text);
  const shown = displayPath(io.cwd, loaded.path);
  if (options.question !== undefined && !report.questions.some((q) => q.number === options.question)) {
    io.stderr.write(`report-wizard: ${visibleText(shown)} has no question ${options.question}.\n`);
    return ExitCode.usage;
  }
  if (ui === null) {
    io.stderr.write(`${visibleText(`${shown}: ${statusSummary(report, check, true)}`)}\n`);
    io.stderr.write(
      'report-wizard needs an interactive terminal; use "report-wizard check" or "report-wizard answer" in scripts.\n',
    );
    return ExitCode.usage;
  }
  const store = deps.store ?? createStateStore(io.env);
  // Saved state, figures and the UI modules load side by side: the first frame waits for the slowest only.
  const [saved, storeNotice, { render, React, App }] = await Promise.all([
    options.fresh ? null : store.get(loaded.path),
    store.notice?.() ?? null,
    ui,
  ]);
  const resumed = startState({
    report,
    check,
    saved,
    question: options.question,
    checklist: options.checklist,
  });
  // A corrupt store moved aside is said first: the student should know why nothing was resumed.
  const notice = [storeNotice, resumed.notice].filter((part) => part !== null).join(' · ');
  // Merge conflicts in the report come first: the wizard opens on them.
  const resolve =
    deps.resolve === undefined ? await wizardFindResolve(io, loaded.path)(loaded.text) : deps.resolve;
  const start = {
    ...resumed,
    notice: notice === '' ? null : notice,
    ...(resolve === null ? {} : { screen: 'resolve' as const }),
  };
  const signals = onSignals(store, io);
  const ports = wizardPorts(io, loaded.path, options.python, deps);
  const { imageExists, scanFigures: scanLive } = liveImageExists(
    await imageExistsNear(io.fs, loaded.path, loaded.text),
    ports.scanFigures,
  );
  io.stdout.write(pasteOn);
  // Raw before the first frame, not at Ink's first effect after it: a Ctrl+C pressed as the frame appears is then a key
  // (the quit prompt, which asks about unwritten text), never a SIGINT that ends the wizard (and its shell) at once.
  const stdin = io.stdin as NodeJS.ReadStream;
  stdin.setRawMode(true);
  const instance = render(
    React.createElement(App, {
      path: loaded.path,
      displayPath: shown,
      text: loaded.text,
      bytes: loaded.bytes,
      parsed: { report, check },
      fs: io.fs,
      store,
      start,
      figures: [],
      ...ports,
      scanFigures: scanLive,
      imageExists,
      ...(resolve === null ? {} : { resolve }),
      color: !io.env.NO_COLOR,
    }),
    {
      stdout: io.stdout as NodeJS.WriteStream,
      stderr: io.stderr as NodeJS.WriteStream,
      stdin: io.stdin as NodeJS.ReadStream,
      exitOnCtrlC: false,
      patchConsole: false,
      onRender: writeCodeCachesAtFirstFrame(),
    },
  );
  try {
    await instance.waitUntilExit();
  } finally {
    // Ink leaves raw mode when it unmounts; this covers a render that failed before Ink took the terminal.
    stdin.setRawMode(false);
    io.stdout.write(pasteOff);
    // A signal ends the process once the drafts are written: wait for that rather than return an exit code.
    const exiting = signals.exiting();
    if (exiting !== null) await exiting;
    signals.remove();
    await store.flush();
  }
  return ExitCode.ok;
};
