import { Box, Text, useApp } from 'ink';
import { useEffect, useState } from 'react';
import type { FailedEdit } from './edit-in-external-editor.js';
import type { FileSystem } from '../io/file-system.js';
import type { StateStore } from '../io/state-store.js';
import type { CheckResult } from '../report/check-report.js';
import type { Lint } from '../report/lints/lint.js';
import type { ChecklistItem, Report } from '../report/model.js';
import { visibleText } from '../report/visible-text.js';
import { Footer } from './components/Footer.js';
import { FrameBox } from './components/FrameBox.js';
import { Header } from './components/Header.js';
import { HelpOverlay } from './components/HelpOverlay.js';
import { createWizardEffects } from './effects/create-wizard-effects.js';
import { followOutside } from './effects/follow-outside.js';
import type { WatchReport } from './effects/follow-report.js';
import type { FileWatch } from '../io/watch-file.js';
import { readHandinLater } from './effects/read-handin-later.js';
import { scanEvidenceLater } from './effects/scan-evidence-later.js';
import { frameLayout } from './frame-layout.js';
import { noticeLines } from './notice-lines.js';
import type { FigureFile } from './image-choices.js';
import type { ChecklistTraces } from './item-trace.js';
import { type ReportDoc, reportDoc } from '../report/answer/report-doc.js';
import { ScreenBody } from './screens/ScreenBody.js';
import type { WizardResolve } from './effects/effect-context.js';
import { handinBadge } from './screens/handin/handin-badge.js';
import type { HandinFacts } from '../git/handin/handin-facts.js';
import { HazardPrompt } from './screens/hazard/HazardPrompt.js';
import { screenKeyTables } from './screens/screen-key-tables.js';
import { headerCounts } from '../report/answer/status-summary.js';
import { headerCountForms } from './header-count-forms.js';
import { toSaved } from './to-saved.js';
import { useTerminalSize } from './use-terminal-size.js';
import { terminalTooSmall } from './terminal-too-small.js';
import { footerText } from './keys/footer-text.js';
import { quitKeys } from './screens/quit/quit-keys.js';
import { quitPromptShown } from './screens/quit/quit-prompt-shown.js';
import { quitQuestion } from './screens/quit/quit-question.js';
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
  /** Watches the repository (commits, branch switches, pulls, pushes): the git header follows. */
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
  const [wizard] = useState(() =>
    createWizardEffects({
      ...props,
      initial: doc,
      getState,
      dispatch,
      onDoc: setDoc,
      onGit: setGit,
      setResolve,
    }),
  );
  const { writes } = wizard;

  useEffect(() => {
    // A timer, not the effect itself: the first frame is on the terminal before git starts.
    const timer = setTimeout(wizard.refreshGit, 0);
    return () => clearTimeout(timer);
  }, [wizard]);
  useEffect(() => store.set(path, toSaved(getState())), [store, path, getState]);
  const { watchReport, watchGit, fs } = props;
  useEffect(
    () => followOutside(wizard, { path, fs, watchReport, watchGit }),
    [wizard, path, fs, watchReport, watchGit],
  );
  const { handin, scanEvidence } = props;
  useEffect(() => readHandinLater(handin, dispatch, now), [handin, dispatch, now]);
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
  useScreenKeys({
    shown: state,
    layout: { columns, bodyHeight },
    tooSmall: terminalTooSmall(columns, rows),
    getState,
    dispatch,
    run: wizard.run,
    context: () => ({ doc: writes.current(), now: now(), resolve: wizard.context.resolve?.source ?? null }),
  });

  return (
    <FrameBox
      columns={columns}
      rows={rows}
      // A terminal too small for the screens still shows the quit prompt's question: its keys act there (`tooSmallKey`).
      question={
        quitPromptShown(state)
          ? `${quitQuestion(Object.keys(state.drafts).map(Number))} ${footerText(quitKeys)}`
          : null
      }
    >
      <Header
        path={props.displayPath}
        counts={headerCountForms(headerCounts(doc, state.drafts))}
        git={git}
        badge={handinBadge(state.handin?.facts ?? null, (state.handin?.now ?? 0) || now() / 1000)}
        width={columns}
        color={color}
      />
      {/* Clipped by rows only: every line is wrapped or cut to the width already, and Ink slices each line of a box
          clipped across (ANSI tokens, graphemes) on every frame, 4 % of the first frame's instructions. */}
      <Box height={noticeRows} overflowY="hidden">
        <Text wrap="wrap" color={state.notice === null && doc.check.fatal !== null ? 'red' : undefined}>
          {noticeLines(notice, columns, noticeRows).join('\n')}
        </Text>
      </Box>
      {overlay && (
        <Box flexDirection="column" height={bodyHeight} overflowY="hidden">
          {state.hazard === null ? (
            <HelpOverlay tables={screenKeyTables(state)} width={columns} height={bodyHeight} />
          ) : (
            <HazardPrompt hazard={state.hazard} />
          )}
        </Box>
      )}
      {/* Hidden, not unmounted, under an overlay: the editor keeps the rows it was scrolled to. */}
      <Box flexDirection="column" height={bodyHeight} overflowY="hidden" display={overlay ? 'none' : 'flex'}>
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
      {!ownFooter && <Footer {...state} hazard={state.hazard !== null} width={columns} />}
    </FrameBox>
  );
};
