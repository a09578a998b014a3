import { spawnSync } from 'node:child_process';
import { mkdtemp, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { HandinFacts } from '../git/handin/handin-facts.js';
import type { WizardResolve } from '../ui/effects/effect-context.js';
import type { FailedEdit } from '../ui/edit-in-external-editor.js';
import type { CliIo } from '../io/cli-io.js';
import { ExitCode } from './exit-codes.js';
import { displayPath } from '../io/display-path.js';
import { imageExistsNear } from '../io/image-exists-near.js';
import { liveImageExists } from '../ui/live-image-exists.js';
import { loadReport } from '../io/load-report.js';
import { type WizardArgs, parseWizardArgs } from './parse-wizard-args.js';
import { ReportError } from '../io/report-error.js';
import { type StateStore, createStateStore } from '../io/state-store.js';
import { checkReport } from '../report/check-report.js';
import type { Lint } from '../report/lints/lint.js';
import type { ChecklistItem, Report } from '../report/model.js';
import { parseReport } from '../report/parse-report.js';
import { visibleText } from '../report/visible-text.js';
import type { ChecklistTraces } from '../ui/item-trace.js';
import { statusSummary } from '../report/answer/status-summary.js';
import type { FigureFile } from '../ui/image-choices.js';
import { type ParityResult, startState } from '../ui/wizard-reducer.js';

/** What the wizard takes besides the CLI's IO: defaults are the real ones. */
export interface WizardDeps {
  store?: StateStore;
  /** The parity check against the user's report.py, for the parity screen. */
  runParity?: (reportPath: string) => Promise<ParityResult>;
  /** The checklist's evidence in the report's repository (null: no repository), scanned after the first frame. */
  scanEvidence?: (reportPath: string, items: readonly ChecklistItem[]) => Promise<ChecklistTraces | null>;
  /** The image picker's look at figures/ and the report's folder. */
  scanFigures?: () => Promise<FigureFile[]>;
  /** Ctrl+P: writes the graded page and opens it at a question; resolves with the line to show. */
  preview?: (question: number) => Promise<string>;
  /** The git lints of the header (uncommitted, unpushed, wrong branch). */
  gitLints?: (report: Report) => Promise<Lint[]>;
  /** The Resolve screen's port (null: no conflicts); tests pass their own. */
  resolve?: WizardResolve | null;
  /** The hand-in facts; tests pass their own. */
  handin?: () => Promise<HandinFacts>;
}

const imageFile = /\.(png|jpe?g)$/i;

/**
 * The image files in the report's `figures/` folder and beside the report, as paths relative to the report with
 * their modification times: read each time the picker opens, so a screenshot saved a moment ago is there.
 */
const scanFigures = (io: CliIo, reportPath: string) => async (): Promise<FigureFile[]> => {
  const found: FigureFile[] = [];
  for (const folder of ['figures', '']) {
    let names: string[];
    try {
      names = await io.fs.readdir(join(dirname(reportPath), folder));
    } catch {
      // No figures folder yet: the picker says where to save images.
      continue;
    }
    for (const name of names.filter((n) => imageFile.test(n))) {
      const relative = folder === '' ? name : `${folder}/${name}`;
      // The file system interface has no times; this edge reads them itself.
      const modified = await stat(join(dirname(reportPath), relative)).then(
        (s) => (s.isFile() ? s.mtimeMs : null),
        () => null,
      );
      if (modified !== null) found.push({ path: relative, modified });
    }
  }
  return found.sort((a, b) => b.modified - a.modified);
};

/** The parity check the overview's `p` runs: src/parity, loaded only when asked for. */
const defaultParity =
  (io: CliIo, python: string | undefined) =>
  async (reportPath: string): Promise<ParityResult> => {
    const { runParity } = await import('../parity/run-parity.js');
    const outcome = await runParity(reportPath, {
      cwd: io.cwd,
      env: io.env,
      fs: io.fs,
      color: false,
      ...(python === undefined ? {} : { python }),
    });
    return { report: outcome.report, error: outcome.error };
  };

/** Ctrl+P in the wizard: src/preview with the same python search as `preview` and `parity`, loaded when pressed. */
const defaultPreview =
  (io: CliIo, reportPath: string, python: string | undefined) =>
  async (question: number): Promise<string> => {
    const [{ previewAtQuestion }, { renderGradedPage }, { pythonCandidates }, { pythonSearch }, { openUrl }] =
      await Promise.all([
        import('../preview/preview-at-question.js'),
        import('../preview/render-graded-page.js'),
        import('../parity/python-candidates.js'),
        import('../parity/python-search.js'),
        import('../preview/open-url.js'),
      ]);
    const dir = dirname(reportPath);
    return previewAtQuestion(question, {
      tempFile: async () => join(await mkdtemp(join(tmpdir(), 'report-wizard-preview-')), 'report.html'),
      render: async (outPath) =>
        renderGradedPage({
          reportPath,
          outPath,
          candidates: await pythonCandidates(
            pythonSearch(io.fs, {
              env: io.env,
              reportDir: dir,
              ...(python === undefined ? {} : { python }),
            }),
          ),
          cwd: dir,
          env: io.env,
          exec: async (file, args, options) =>
            (await import('../parity/exec-with-execa.js')).execWithExeca(file, args, options),
        }),
      open: (url) => openUrl(url, process.platform),
    });
  };

/** The header's git lints: src/git, loaded after the first frame. */
const defaultGitLints =
  (io: CliIo, reportPath: string) =>
  async (report: Report): Promise<Lint[]> => {
    const { gitLints } = await import('../git/git-lints.js');
    return gitLints({ fs: io.fs, reportPath, report });
  };

/** The Resolve screen's port when the report has merge conflicts (git's index or markers), else null. */
const defaultResolve = async (io: CliIo, reportPath: string, text: string): Promise<WizardResolve | null> => {
  const { wizardResolve } = await import('./wizard-resolve.js');
  return wizardResolve(io.fs, reportPath, text);
};

/** The hand-in facts of the report's repository (src/git/handin), read after the first frame. */
const defaultHandin = (reportPath: string) => async (): Promise<HandinFacts> => {
  const { handinFacts } = await import('../git/handin/handin-facts.js');
  return handinFacts({ dir: dirname(reportPath), now: Date.now() / 1000 });
};

/** The evidence scan the checklist shows: src/evidence and execa, loaded only once the first frame is out. */
const defaultEvidence =
  (io: CliIo) =>
  async (reportPath: string, items: readonly ChecklistItem[]): Promise<ChecklistTraces | null> => {
    const [{ checklistTraces }, { execWithExeca }] = await Promise.all([
      import('./checklist-traces.js'),
      import('../parity/exec-with-execa.js'),
    ]);
    return checklistTraces(reportPath, items, { exec: execWithExeca, env: io.env });
  };

/**
 * Ink, React and the app, loaded only for an interactive run so `check` and scripts never pay for them. `noColor`
 * (NO_COLOR): Ink colours through its own copy of chalk, which it does not export and which fixes its colour level
 * once, when it loads, from FORCE_COLOR (it knows no NO_COLOR); so FORCE_COLOR=0 is set for that load only and put
 * back at once, and the editor and python the wizard starts never inherit it.
 */
const loadUi = async (noColor: boolean) => {
  const forceColor = process.env.FORCE_COLOR;
  if (noColor) process.env.FORCE_COLOR = '0';
  try {
    const [{ render }, { default: React }, { App }] = await Promise.all([
      import('ink'),
      // React is CommonJS: a bundled dynamic import only has its `default`.
      import('react'),
      import('../ui/App.js'),
    ]);
    return { render, React, App };
  } finally {
    if (noColor && forceColor === undefined) delete process.env.FORCE_COLOR;
    else if (noColor) process.env.FORCE_COLOR = forceColor;
  }
};

// Bracketed paste: the terminal marks a paste, so a pasted Tab or line break is text, not a key.
const pasteOn = '\u001B[?2004h';
const pasteOff = '\u001B[?2004l';

/** Hands the terminal to $VISUAL/$EDITOR: the event loop is blocked meanwhile, so Ink reads no keys of its. */
const externalEditor =
  (io: CliIo) =>
  async (text: string): Promise<string | FailedEdit | null> => {
    const [{ editInExternalEditor }, { nodeTempFiles }] = await Promise.all([
      import('../ui/edit-in-external-editor.js'),
      import('../io/node-temp-files.js'),
    ]);
    const stdin = io.stdin as NodeJS.ReadStream;
    return editInExternalEditor(text, {
      env: io.env,
      files: nodeTempFiles,
      exec: async (command, args) => {
        stdin.setRawMode(false);
        io.stdout.write(pasteOff);
        try {
          // Synchronous on purpose (not execa): while the editor owns the terminal, Ink must neither read keys nor
          // draw, and a blocked event loop guarantees both.
          const result = spawnSync(command, args, { stdio: 'inherit' });
          if (result.error) throw result.error;
          return Promise.resolve(result.status ?? 1);
        } finally {
          stdin.setRawMode(true);
          io.stdout.write(pasteOn);
        }
      },
    });
  };

/**
 * Ink's `onRender`, which runs once a frame is laid out and before it is written: at the first frame the run's code
 * caches are written (only on a run that found none; see writeCodeCachesNow), so a wizard killed or closed right after
 * it still leaves them for the next start, and they hold what drawing that frame compiled. Before the frame, not
 * after it: a terminal closed (or a benchmark stopping its clock) at the frame kills the process within a millisecond,
 * sooner than the write (20-30 ms) could end, and the first run of a build is the only one that waits for it.
 */
const writeCodeCachesAtFirstFrame = (): (() => void) => {
  let drawn = false;
  return () => {
    if (drawn) return;
    drawn = true;
    globalThis.reportWizardWriteCodeCaches?.();
  };
};

const signalNumbers = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as const;

/**
 * When the terminal closes or the process is told to stop (SIGINT too: in raw mode Ctrl+C is a key and never a
 * signal, so a SIGINT comes from `kill`): gives the terminal back (raw mode off, cursor shown), writes the resume
 * state and drafts, and exits with 128 + the signal's number.
 */
const onSignals = (
  store: StateStore,
  io: CliIo,
): { remove: () => void; exiting: () => Promise<unknown> | null } => {
  let exiting: Promise<unknown> | null = null;
  const handlers = (Object.keys(signalNumbers) as (keyof typeof signalNumbers)[]).map((signal) => {
    const handler = (): void => {
      if (exiting !== null) return;
      const stdin = io.stdin as NodeJS.ReadStream;
      try {
        // After SIGHUP the terminal is gone: writing to it would only fail.
        if (signal !== 'SIGHUP') {
          if (stdin.isTTY) stdin.setRawMode(false);
          io.stdout.write(`${pasteOff}\u001B[?25h\n`);
        }
      } finally {
        exiting = store.flush().finally(() => process.exit(128 + signalNumbers[signal]));
      }
    };
    // First, and kept until the exit: Ink's signal-exit unmounts the app on the same signal (which ends the wizard
    // early) and kills the process itself when it finds itself the only listener.
    process.prependListener(signal, handler);
    return () => void process.off(signal, handler);
  });
  return { remove: () => handlers.forEach((remove) => remove()), exiting: () => exiting };
};

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
    deps.resolve === undefined ? await defaultResolve(io, loaded.path, loaded.text) : deps.resolve;
  const start = {
    ...resumed,
    notice: notice === '' ? null : notice,
    ...(resolve === null ? {} : { screen: 'resolve' as const }),
  };
  const signals = onSignals(store, io);
  const scan = deps.scanEvidence ?? defaultEvidence(io);
  const { imageExists, scanFigures: scanLive } = liveImageExists(
    await imageExistsNear(io.fs, loaded.path, loaded.text),
    deps.scanFigures ?? scanFigures(io, loaded.path),
  );
  io.stdout.write(pasteOn);
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
      scanFigures: scanLive,
      imageExists,
      runParity: deps.runParity ?? defaultParity(io, options.python),
      scanEvidence: (items: readonly ChecklistItem[]) => scan(loaded.path, items),
      openEditor: externalEditor(io),
      preview: deps.preview ?? defaultPreview(io, loaded.path, options.python),
      gitLints: deps.gitLints ?? defaultGitLints(io, loaded.path),
      ...(resolve === null ? {} : { resolve }),
      handin: deps.handin ?? defaultHandin(loaded.path),
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
    io.stdout.write(pasteOff);
    // A signal ends the process once the drafts are written: wait for that rather than return an exit code.
    const exiting = signals.exiting();
    if (exiting !== null) await exiting;
    signals.remove();
    await store.flush();
  }
  return ExitCode.ok;
};
