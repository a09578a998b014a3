import { Box, Text, useApp } from 'ink';
import { useEffect, useRef, useState } from 'react';
import type { FailedEdit } from './edit-in-external-editor.js';
import type { FileSystem } from '../io/file-system.js';
import type { StateStore } from '../io/state-store.js';
import type { CheckResult } from '../report/check-report.js';
import type { Lint } from '../report/lints/lint.js';
import type { ChecklistItem, Report } from '../report/model.js';
import { visibleText } from '../report/visible-text.js';
import { Footer } from './components/Footer.js';
import { Header } from './components/Header.js';
import { HelpOverlay } from './components/HelpOverlay.js';
import { createWriteQueue } from './create-write-queue.js';
import { createEffects } from './effects/create-effects.js';
import { createGitRefresh } from './effects/create-git-refresh.js';
import { type WatchReport, followReport } from './effects/follow-report.js';
import type { FileWatch } from '../io/watch-file.js';
import { readReportAgain } from '../io/read-report-again.js';
import { scanEvidenceLater } from './effects/scan-evidence-later.js';
import { frameLayout } from './frame-layout.js';
import type { FigureFile } from './image-choices.js';
import type { ChecklistTraces } from './item-trace.js';
import { type ReportDoc, reportDoc } from '../report/answer/report-doc.js';
import { ScreenBody } from './screens/ScreenBody.js';
import type { WizardResolve } from './effects/effect-context.js';
import { handinBadge } from './screens/handin/handin-badge.js';
import type { HandinFacts } from '../git/handin/handin-facts.js';
import { HazardPrompt } from './screens/hazard/HazardPrompt.js';
import { screenKeyTables } from './screens/screen-key-tables.js';
import { headerSummary } from '../report/answer/status-summary.js';
import { toSaved } from './to-saved.js';
import { useTerminalSize } from './use-terminal-size.js';
import { useScreenKeys } from './use-screen-keys.js';
import { useWizardStore } from './use-wizard-store.js';
import type { ParityResult, WizardState } from './wizard-reducer.js';

/** Everything the wizard needs, passed in so tests render it with a fake file system and store. */
export interface AppProps {
  /** Absolute path of the report. */
  path: string;
  /** The path as the header shows it. */
  displayPath: string;
  text: string;
  bytes: Uint8Array;
  fs: FileSystem;
  store: StateStore;
  start: WizardState;
  /** Image paths relative to the report, e.g. `figures/overview.png`: the picker's list without `scanFigures`. */
  figures: string[];
  /** Reads figures/ and the report's folder (newest first): the image picker calls it each time it opens. */
  scanFigures?: () => Promise<FigureFile[]>;
  /** The parity check against the user's report.py, as structured data for the parity screen. */
  runParity?: (reportPath: string) => Promise<ParityResult>;
  /** Lets the student edit an answer in $VISUAL/$EDITOR; resolves with the new text, or null. */
  openEditor?: (text: string) => Promise<string | FailedEdit | null>;
  /** False under NO_COLOR: screens then mark the cursor and states without colour. */
  color?: boolean;
  /** `text` already parsed and checked by the caller (with today's report.py), so start-up does it once. */
  parsed?: { report: Report; check: CheckResult };
  /** Whether an image path (relative to the report, URL-decoded) exists; without it images are not looked up. */
  imageExists?: (path: string) => boolean;
  /** Fixed terminal size (tests); otherwise the terminal's, following resizes. */
  size?: { columns: number; rows: number };
  /** Ctrl+P: writes the graded page and opens it at a question; resolves with the one line to show. */
  preview?: (question: number) => Promise<string>;
  /** The git lints of the report (run after the first frame and after each write); the header shows a few. */
  gitLints?: (report: Report) => Promise<Lint[]>;
  /** The clock for typing a question number digit by digit (tests pass a fake). */
  now?: () => number;
  /** Looks for the checklist's evidence in the report's repository (null: there is none); run once, after the first frame. */
  scanEvidence?: (items: readonly ChecklistItem[]) => Promise<ChecklistTraces | null>;
  /** The report's merge conflicts (the wizard then opens on the Resolve screen) and `git add` of the report. */
  resolve?: WizardResolve;
  /** Reads what staff would grade now (`report-wizard handin`'s facts), after the first frame. */
  handin?: () => Promise<HandinFacts>;
  /** Watches the report's folder: what changes the report outside the wizard is read and shown (tests: a fake). */
  watchReport?: WatchReport;
  /** Watches the repository (commits, branch switches, pulls): the git header follows. */
  watchGit?: (onChange: () => void) => FileWatch;
  /** Looks for merge conflicts in the report as `text` holds it (git's index, markers): `r`, and after a pull. */
  findResolve?: (text: string) => Promise<WizardResolve | null>;
}

/** The wizard's frame: header, notice, the open screen's body and its key line, over one report file. */
export const App = (props: AppProps) => {
  const { path, store, color = true, now = Date.now } = props;
  const { exit } = useApp();
  const { columns, rows } = useTerminalSize(props.size);
  const [state, getState, dispatch] = useWizardStore(
    () => (props.scanEvidence ? { ...props.start, evidence: { kind: 'scanning' as const } } : props.start),
    store,
    path,
  );
  const [doc, setDoc] = useState<ReportDoc>(() =>
    reportDoc(props.text, props.bytes, props.imageExists, props.parsed),
  );
  const [git, setGit] = useState<Lint[]>([]);
  // The Resolve screen's port: found at the start, or later (`r`, a pull that left conflicts).
  const [resolve, setResolve] = useState(props.resolve);
  // Created once: the queue, git's refresh after every write, and the effects the key handlers ask for.
  const [wizard] = useState(() => {
    const refreshGit: { run: () => void } = { run: () => undefined };
    const writes = createWriteQueue({
      fs: props.fs,
      path,
      initial: doc,
      load: (text, bytes) => reportDoc(text, bytes, props.imageExists),
      onDoc: setDoc,
      onWritten: () => refreshGit.run(),
    });
    refreshGit.run = createGitRefresh(props.gitLints, () => writes.current().report, setGit);
    const context = {
      writes,
      getState,
      dispatch,
      path,
      runParity: props.runParity,
      preview: props.preview,
      resolve: props.resolve,
      openEditor: props.openEditor,
      scanFigures:
        props.scanFigures ??
        (() => Promise.resolve(props.figures.map((figure) => ({ path: figure, modified: 0 })))),
      imageExists: props.imageExists,
      findResolve: props.findResolve,
      setResolve,
    };
    return { writes, effects: createEffects(context), context, refreshGit: refreshGit.run };
  });
  const { writes, effects } = wizard;

  useEffect(() => {
    // A timer, not the effect itself: the first frame is on the terminal before git starts.
    const timer = setTimeout(wizard.refreshGit, 0);
    return () => clearTimeout(timer);
  }, [wizard]);
  useEffect(() => store.set(path, toSaved(getState())), [store, path, getState]);
  const { watchReport, watchGit, fs } = props;
  useEffect(
    () =>
      watchReport &&
      followReport(wizard.context, {
        watch: watchReport,
        read: readReportAgain(fs, path),
        onChanged: wizard.refreshGit,
      }),
    [watchReport, wizard, fs, path],
  );
  useEffect(() => {
    const watch = watchGit?.(wizard.refreshGit);
    return () => watch?.close();
  }, [watchGit, wizard]);
  const { handin } = props;
  useEffect(() => {
    if (handin === undefined) return;
    // Like git's header: the first frame is out before git runs.
    let live = true;
    dispatch({ type: 'HANDIN_STARTED' });
    const timer = setTimeout(() => {
      handin().then(
        (facts) => live && dispatch({ type: 'HANDIN_LOADED', facts, error: null, now: now() / 1000 }),
        (error: unknown) =>
          live &&
          dispatch({
            type: 'HANDIN_LOADED',
            facts: null,
            error: error instanceof Error ? error.message : String(error),
            now: now() / 1000,
          }),
      );
    }, 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [handin, dispatch, now]);
  const { scanEvidence } = props;
  useEffect(
    () => scanEvidenceLater(scanEvidence, () => writes.current().report.items, dispatch),
    [scanEvidence, writes, dispatch],
  );
  // The saved state is already in the store (dispatch puts it there): once done, write it out and leave.
  const { done } = state;
  useEffect(() => {
    if (done) void store.flush().then(() => exit());
  }, [done, store, exit]);

  // The help or the question asked before writing an answer report.py would misread, over the screen.
  const overlay = state.help || state.hazard !== null;
  const ownFooter = state.screen === 'question' && !state.quitting && !overlay;
  const notice = visibleText(
    state.notice ??
      doc.template.label ??
      (doc.check.fatal === null ? ' ' : `report.py stops here: ${doc.check.fatal}`),
  );
  const { noticeRows, bodyHeight } = frameLayout(columns, rows, notice, ownFooter);
  const layout = useRef({ columns, bodyHeight });
  layout.current = { columns, bodyHeight };

  useScreenKeys(state, getState, dispatch, effects.run, () => ({
    doc: writes.current(),
    ...layout.current,
    now: now(),
    resolve: wizard.context.resolve?.source ?? null,
  }));

  return (
    <Box flexDirection="column" width={columns}>
      <Header
        path={props.displayPath}
        summary={headerSummary(doc, state.drafts)}
        git={git}
        badge={handinBadge(state.handin?.facts ?? null, (state.handin?.now ?? 0) || now() / 1000)}
        width={columns}
        color={color}
      />
      <Box height={noticeRows} overflow="hidden">
        <Text wrap="wrap" color={state.notice === null && doc.check.fatal !== null ? 'red' : undefined}>
          {notice}
        </Text>
      </Box>
      {overlay && (
        <Box flexDirection="column" height={bodyHeight} overflow="hidden">
          {state.hazard === null ? (
            <HelpOverlay tables={screenKeyTables(state)} width={columns} height={bodyHeight} />
          ) : (
            <HazardPrompt hazard={state.hazard} />
          )}
        </Box>
      )}
      {/* Hidden, not unmounted, under an overlay: the editor keeps its cursor and undo history. */}
      <Box flexDirection="column" height={bodyHeight} overflow="hidden" display={overlay ? 'none' : 'flex'}>
        <ScreenBody
          state={state}
          doc={doc}
          width={columns}
          height={bodyHeight}
          color={color}
          hasEditor={props.openEditor !== undefined}
          resolve={resolve}
        />
      </Box>
      {!ownFooter && <Footer {...state} hazard={state.hazard !== null} />}
    </Box>
  );
};
