import { Box, Text, useApp } from 'ink';
import { useEffect, useState } from 'react';
import { visibleText } from '../report/visible-text.js';
import { Footer } from './components/Footer.js';
import { FrameBox } from './components/FrameBox.js';
import { Header } from './components/Header.js';
import { HelpOverlay } from './components/HelpOverlay.js';
import { createWizardEffects } from './effects/create-wizard-effects.js';
import { followOutside } from './effects/follow-outside.js';
import { readHandinLater } from './effects/read-handin-later.js';
import { scanEvidenceLater } from './effects/scan-evidence-later.js';
import { frameLayout } from './frame-layout.js';
import { noticeLines } from './notice-lines.js';
import { type ReportDoc, reportDoc } from '../report/answer/report-doc.js';
import { ScreenBody } from './screens/ScreenBody.js';
import { handinBadge } from './screens/handin/handin-badge.js';
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
import type { AppProps } from './app-props.js';
import type { Lint } from '../report/lints/lint.js';

export type { AppProps } from './app-props.js';

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
  const { watchReport, watchGit, fs, handin, scanEvidence } = props;
  useEffect(() => {
    // One watch of the repository for both: the git header and the hand-in facts follow a push from another shell.
    const handinReads = readHandinLater(handin, dispatch, now);
    const stop = followOutside(
      { ...wizard, rereadHandin: handinReads.reread },
      { path, fs, watchReport, watchGit },
    );
    return () => {
      stop();
      handinReads.close();
    };
  }, [wizard, path, fs, watchReport, watchGit, handin, dispatch, now]);
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
