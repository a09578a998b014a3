import { Box, Text, useApp } from 'ink';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { FileSystem } from '../io/file-system.js';
import type { SavedState, StateStore } from '../io/state-store.js';
import type { CheckResult } from '../report/check-report.js';
import type { Lint } from '../report/lints/lint.js';
import type { ChecklistItem, Report } from '../report/model.js';
import { setAnswer } from '../report/set-answer.js';
import { setChecked } from '../report/set-checked.js';
import { visibleText } from '../report/visible-text.js';
import { checklistFilter } from './checklist-filter.js';
import { checklistSelection } from './checklist-selection.js';
import { ChecklistScreen } from './components/ChecklistScreen.js';
import { ConflictView } from './components/ConflictView.js';
import { Footer } from './components/Footer.js';
import { HelpOverlay } from './components/HelpOverlay.js';
import { Overview } from './components/Overview.js';
import { ParityScreen, parityBodyRows } from './components/ParityScreen.js';
import { QuestionScreen } from './components/QuestionScreen.js';
import { QuitPrompt } from './components/QuitPrompt.js';
import { createTextBuffer } from './create-text-buffer.js';
import { type WriteOutcome, createWriteQueue } from './create-write-queue.js';
import { editorKeyAction } from './editor-key-action.js';
import { evidenceNotice } from './evidence-notice.js';
import { gitHeader } from './git-header.js';
import type { FigureFile } from './image-choices.js';
import { type KeyDelivery, createKeyQueue } from './input/create-key-queue.js';
import type { KeyPress } from './input/key-press.js';
import type { KeyTargetSlot } from './input/key-target.js';
import { useKeypress } from './input/use-keypress.js';
import type { ChecklistTraces } from './item-trace.js';
import { findBinding } from './keys/find-binding.js';
import { keyTables } from './keys/key-tables.js';
import { moveSelection } from './move-selection.js';
import { nextFailing } from './next-failing.js';
import { type NumberJump, numberJump } from './number-jump.js';
import { type ReportDoc, reportDoc } from '../report/answer/report-doc.js';
import { screenKeyTables } from './screen-key-tables.js';
import { answerStatus } from '../report/answer/answer-status.js';
import { headerSummary } from '../report/answer/status-summary.js';
import { type TextBufferState, textBuffer } from './text-buffer.js';
import { tickAll } from './tick-all.js';
import { undoTickAll } from './undo-tick-all.js';
import { useTerminalSize } from './use-terminal-size.js';
import { wrapLines } from './wrap-lines.js';
import { type ParityResult, type WizardAction, type WizardState, wizardReducer } from './wizard-reducer.js';
import { editableAnswer } from '../report/answer/editable-answer.js';

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
  openEditor?: (text: string) => Promise<string | null>;
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
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const toSaved = (state: WizardState): SavedState => ({
  screen:
    state.screen === 'conflict'
      ? 'overview'
      : state.screen === 'parity'
        ? (state.parity?.from ?? 'overview')
        : state.screen,
  question: state.question,
  // Unresolved conflicts stay drafts with their old base, so the next run asks again.
  drafts: [
    ...Object.values(state.drafts),
    ...state.conflicts.map(({ question, text, base }) => ({ question, text, base })),
  ],
});

const savedChanged = (a: WizardState, b: WizardState): boolean =>
  a.screen !== b.screen || a.question !== b.question || a.drafts !== b.drafts || a.conflicts !== b.conflicts;

// A filter is one line: line breaks in a paste become spaces.
const filterText = (buffer: TextBufferState): string => buffer.lines.join(' ');

/** The wizard: overview, question and checklist screens over one report file, resumable across runs. */
export const App = (props: AppProps) => {
  const { path, store, figures, runParity, openEditor, color = true, now = Date.now } = props;
  const { exit } = useApp();
  const { columns, rows } = useTerminalSize(props.size);

  // Key handlers read state through refs set as each action is applied, never through a render's closure: Ink 6
  // with React 19 renders a setState made in a stdin listener only after the listener returns (batched, in a
  // microtask), so every key of a chunk is handled before React draws the first one's effect.
  const [state, setState] = useState(() =>
    props.scanEvidence ? { ...props.start, evidence: { kind: 'scanning' as const } } : props.start,
  );
  const stateRef = useRef(state);
  const dispatch = useCallback(
    (action: WizardAction): void => {
      const previous = stateRef.current;
      const next = wizardReducer(previous, action);
      if (next === previous) return;
      stateRef.current = next;
      setState(next);
      // At once rather than after the render: a signal that ends the process flushes the newest state.
      if (savedChanged(previous, next)) store.set(path, toSaved(next));
    },
    [store, path],
  );

  const [doc, setDoc] = useState<ReportDoc>(() =>
    reportDoc(props.text, props.bytes, props.imageExists, props.parsed),
  );
  const [writes] = useState(() =>
    createWriteQueue({
      fs: props.fs,
      path,
      initial: doc,
      load: (text, bytes) => reportDoc(text, bytes, props.imageExists),
      onDoc: setDoc,
    }),
  );

  // Git runs beside the wizard, never before its first frame, and again after each write; one run at a time.
  const [git, setGit] = useState<Lint[]>([]);
  const gitRun = useRef<{ running: boolean; again: boolean }>({ running: false, again: false });
  const refreshGit = useCallback((): void => {
    const lints = props.gitLints;
    if (lints === undefined) return;
    if (gitRun.current.running) {
      gitRun.current.again = true;
      return;
    }
    gitRun.current = { running: true, again: false };
    void lints(writes.current().report)
      .catch((): Lint[] => [])
      .then((found) => {
        setGit(found);
        const again = gitRun.current.again;
        gitRun.current = { running: false, again: false };
        if (again) refreshGit();
      });
  }, [props.gitLints, writes]);
  useEffect(() => {
    // A timer, not the effect itself: the first frame is on the terminal before git starts.
    const timer = setTimeout(refreshGit, 0);
    return () => clearTimeout(timer);
  }, [refreshGit]);

  const [filterBuffer, setFilterBuffer] = useState(() => createTextBuffer(props.start.filter));
  const filterRef = useRef(filterBuffer);
  const digits = useRef<NumberJump | null>(null);
  const questionKeys = useRef<KeyTargetSlot>({ current: null }).current;

  /** Writes question `number`'s draft; `go` (a move to another screen) runs once it is written or failed. */
  const writeAnswer = async (number: number, go?: () => void): Promise<WriteOutcome['kind']> => {
    const draft = stateRef.current.drafts[number];
    if (draft === undefined) {
      go?.();
      return 'written';
    }
    const base = (report: Report): string | null => {
      const question = report.questions.find((q) => q.number === number);
      return question ? editableAnswer(question, report) : null;
    };
    const before = writes.current().text;
    const outcome = await writes.write(
      (report) => setAnswer(report, number, draft.text, { whole: true }),
      (report) => base(report) === draft.base,
    );
    if (outcome.kind === 'stale') {
      // The conflict opens its own screen instead of `go`'s.
      const file = base(writes.current().report) ?? '';
      dispatch({ type: 'ADD_CONFLICT', conflict: { ...draft, file } });
      return outcome.kind;
    }
    // Moved before the notice: opening a screen clears the notice.
    go?.();
    if (outcome.kind === 'written') {
      dispatch({ type: 'DRAFT_WRITTEN', number, text: draft.text });
      // Said only when the file changed: a draft that set the answer the file already has writes nothing.
      if (writes.current().text !== before) {
        dispatch({ type: 'NOTIFY', message: `Wrote question ${number}.` });
        refreshGit();
      }
    } else dispatch({ type: 'NOTIFY', message: outcome.message });
    return outcome.kind;
  };

  const toggle = async (index: number): Promise<void> => {
    const outcome = await writes.write(
      (report) => {
        const item = report.items.find((i) => i.index === index);
        return item ? setChecked(report, index, !item.checked) : report.text;
      },
      // A checklist changed on disk may have moved items: show it again rather than toggle a guess.
      () => false,
    );
    if (outcome.kind === 'written') refreshGit();
    else if (outcome.kind === 'failed') dispatch({ type: 'NOTIFY', message: outcome.message });
    else if (outcome.kind === 'stale')
      dispatch({
        type: 'NOTIFY',
        message: 'The file changed on disk and was read again: press Space again.',
      });
  };

  /** Writes the open answer (the page is made from the file), then makes the graded page and opens it there; resolves once written. */
  const previewQuestion = async (number: number): Promise<void> => {
    const { preview } = props;
    if (preview === undefined) return;
    if ((await writeAnswer(number)) !== 'written') return;
    dispatch({ type: 'NOTIFY', message: 'Making the graded page with your python (report.py html)…' });
    // Not awaited: python may take a while, and the keys typed meanwhile go on to the editor.
    void preview(number)
      .catch((error: unknown) => `The preview failed: ${message(error)}`)
      .then((line) => dispatch({ type: 'NOTIFY', message: line }));
  };

  const writeAllAndQuit = async (): Promise<void> => {
    for (const number of Object.keys(stateRef.current.drafts).map(Number)) {
      if ((await writeAnswer(number)) !== 'written') return dispatch({ type: 'CANCEL_QUIT' });
    }
    dispatch({ type: 'QUIT', discard: false });
  };

  const parityRuns = useRef(0);
  const startParity = (): void => {
    if (runParity === undefined) {
      dispatch({ type: 'NOTIFY', message: 'The parity check is not available in this build.' });
      return;
    }
    dispatch({ type: 'PARITY_STARTED' });
    const run = ++parityRuns.current;
    // Only the run the screen is waiting for is shown: one started before Esc and `p` again is dropped.
    const done = (result: ParityResult): void => {
      if (parityRuns.current === run) dispatch({ type: 'PARITY_DONE', result });
    };
    runParity(path).then(done, (error: unknown) =>
      done({ report: null, error: `The parity check failed: ${message(error)}` }),
    );
  };

  const parityKey = (key: KeyPress): KeyDelivery => {
    const view = stateRef.current.parity;
    const action = findBinding(keyTables.parity, key)?.action;
    if (view === null) return;
    const { rows, total } = parityBodyRows(view, columns, bodyHeightRef.current);
    const last = Math.max(0, total - rows);
    const scroll = (top: number): void =>
      dispatch({ type: 'PARITY_SCROLL', top: Math.max(0, Math.min(last, top)) });
    switch (action) {
      case 'up':
        return scroll(Math.min(view.scroll, last) - 1);
      case 'down':
        return scroll(view.scroll + 1);
      case 'pageUp':
        return scroll(Math.min(view.scroll, last) - Math.max(1, rows - 1));
      case 'pageDown':
        return scroll(view.scroll + Math.max(1, rows - 1));
      case 'first':
        return scroll(0);
      case 'last':
        return scroll(last);
      case 'rerun':
        return view.running ? undefined : startParity();
      case 'back':
        return dispatch({ type: 'CLOSE_PARITY' });
      case 'help':
        return dispatch({ type: 'SHOW_HELP', shown: true });
      case 'quit':
        return dispatch({ type: 'ASK_QUIT' });
    }
  };

  useEffect(() => {
    store.set(path, toSaved(stateRef.current));
  }, [store, path]);

  // After the first frame, never before it: the scan reads the repository (0.3-1 s on a big one). Once a run: what
  // would change the evidence happens outside the wizard.
  const { scanEvidence } = props;
  useEffect(() => {
    if (scanEvidence === undefined) return;
    const found = (traces: ChecklistTraces | null): void =>
      dispatch(
        traces === null
          ? {
              type: 'EVIDENCE_MISSING',
              message: 'the report is in no git repository and no reports/ folder.',
            }
          : { type: 'EVIDENCE_DONE', traces },
      );
    const failed = (error: unknown): void =>
      dispatch({ type: 'EVIDENCE_MISSING', message: `the scan failed: ${message(error)}` });
    // A task later: React may run this effect inside the first render call, before Ink has written the frame.
    const timer = setTimeout(() => void scanEvidence(writes.current().report.items).then(found, failed), 0);
    return () => clearTimeout(timer);
  }, [scanEvidence, writes, dispatch]);

  // The saved state is already in the store (dispatch puts it there): once done, write it out and leave.
  const { done } = state;
  useEffect(() => {
    if (done) void store.flush().then(() => exit());
  }, [done, store, exit]);

  const currentQuestion = (report: Report, s: WizardState) =>
    report.questions.find((q) => q.number === s.question) ?? report.questions[0];

  const overviewKey = (key: KeyPress): KeyDelivery => {
    const s = stateRef.current;
    const current = writes.current();
    const { report } = current;
    const questions = report.questions;
    const at = Math.max(
      0,
      questions.findIndex((q) => q.number === s.question),
    );
    const select = (index: number | null): void => {
      const target = index === null ? undefined : questions[index];
      if (target !== undefined) dispatch({ type: 'SELECT_QUESTION', number: target.number });
    };
    const failing = (step: 1 | -1): void => {
      const passes = questions.map((q) => {
        const { state } = answerStatus(current, q, s.drafts[q.number]?.text);
        return state === 'passing' || state === 'warned';
      });
      const index = nextFailing(passes, at, step);
      if (index === null) dispatch({ type: 'NOTIFY', message: 'Every question passes.' });
      else select(index);
    };
    const action = findBinding(keyTables.overview, key)?.action;
    switch (action) {
      case 'up':
      case 'down':
      case 'pageUp':
      case 'pageDown':
      case 'first':
      case 'last':
        return select(moveSelection(action, at, questions.length, Math.max(1, bodyHeightRef.current - 2)));
      case 'nextFailing':
        return failing(1);
      case 'previousFailing':
        return failing(-1);
      case 'digit': {
        const jump = numberJump(digits.current, key.name, now(), (n) =>
          questions.some((q) => String(q.number) === n),
        );
        digits.current = jump;
        const index = questions.findIndex((q) => String(q.number) === jump.typed);
        return select(index === -1 ? null : index);
      }
      case 'open':
        return dispatch({ type: 'OPEN_QUESTION', number: currentQuestion(report, s)?.number ?? 1 });
      case 'checklist':
        return dispatch({ type: 'OPEN_CHECKLIST' });
      case 'parity':
        return startParity();
      case 'help':
        return dispatch({ type: 'SHOW_HELP', shown: true });
      case 'quit':
        return dispatch({ type: 'ASK_QUIT' });
    }
  };

  const setFilter = (buffer: TextBufferState): void => {
    filterRef.current = buffer;
    setFilterBuffer(buffer);
    const text = filterText(buffer);
    if (text === stateRef.current.filter) return;
    dispatch({ type: 'SET_FILTER', text });
    const shown = checklistFilter(writes.current().report.items, text);
    if (shown.length > 0 && !shown.some((i) => i.index === stateRef.current.item)) {
      dispatch({ type: 'SELECT_ITEM', index: shown[0]!.index });
    }
  };

  const filterKey = (key: KeyPress): KeyDelivery => {
    const action = findBinding(keyTables.filter, key)?.action;
    if (action === 'keep') return dispatch({ type: 'END_FILTER', keep: true });
    if (action === 'clear') {
      setFilter(createTextBuffer(''));
      return dispatch({ type: 'END_FILTER', keep: false });
    }
    const edit = editorKeyAction(key);
    if (edit === null || edit.type === 'newline') return;
    if (edit.type === 'move' && (edit.dir === 'up' || edit.dir === 'down')) return;
    setFilter(textBuffer(filterRef.current, edit));
  };

  const checklistKey = (key: KeyPress): KeyDelivery => {
    const s = stateRef.current;
    const traces = s.evidence?.kind === 'found' ? s.evidence.traces : {};
    const only = s.suggestionFilter === null ? null : { only: s.suggestionFilter, traces };
    const shown = checklistFilter(writes.current().report.items, s.filter, only);
    // An item ticked out of a filter hands the selection on, as the screen shows it.
    const item = checklistSelection(shown, s.item);
    if (item !== null && item !== s.item) dispatch({ type: 'SELECT_ITEM', index: item });
    const at = shown.findIndex((i) => i.index === item);
    const action = findBinding(keyTables.checklist, key)?.action;
    switch (action) {
      case 'up':
      case 'down':
      case 'pageUp':
      case 'pageDown':
      case 'first':
      case 'last': {
        const next = shown[moveSelection(action, at, shown.length, 10)];
        return next ? dispatch({ type: 'SELECT_ITEM', index: next.index }) : undefined;
      }
      case 'toggle':
        return item === null ? undefined : void toggle(item);
      case 'tickAll':
        return tickAll(writes, s, dispatch);
      case 'undoTickAll':
        return undoTickAll(writes, s, dispatch);
      case 'filter':
        setFilter(createTextBuffer(s.filter));
        return dispatch({ type: 'START_FILTER' });
      case 'onlyEvidence':
      case 'onlyNoTrace':
        if (s.evidence?.kind !== 'found')
          return dispatch({ type: 'NOTIFY', message: evidenceNotice(s.evidence) });
        return dispatch({ type: 'FILTER_SUGGESTION', only: action === 'onlyEvidence' ? 'check' : 'uncheck' });
      case 'back':
        if ((s.filter !== '' || s.suggestionFilter !== null) && key.name === 'escape') {
          dispatch({ type: 'FILTER_SUGGESTION', only: null });
          return setFilter(createTextBuffer(''));
        }
        return dispatch({ type: 'OPEN_OVERVIEW' });
      case 'help':
        return dispatch({ type: 'SHOW_HELP', shown: true });
      case 'quit':
        return dispatch({ type: 'ASK_QUIT' });
    }
  };

  /** Sends one key to the screen that is open now; a screen opened by the previous key gets the next one. */
  const route = (key: KeyPress): KeyDelivery => {
    const s = stateRef.current;
    if (s.done) return;
    if (s.help) return dispatch({ type: 'SHOW_HELP', shown: false });
    const global = findBinding(keyTables.global, key)?.action;
    if (global === 'quit') return dispatch({ type: 'ASK_QUIT' });
    if (global === 'help') return dispatch({ type: 'SHOW_HELP', shown: true });
    if (s.quitting) {
      const action = findBinding(keyTables.quit, key)?.action;
      if (action === 'write') return writeAllAndQuit();
      if (action === 'discard') return dispatch({ type: 'QUIT', discard: true });
      if (action === 'stay') return dispatch({ type: 'CANCEL_QUIT' });
      return;
    }
    if (s.screen === 'conflict') {
      const action = findBinding(keyTables.conflict, key)?.action;
      if (action === 'help') return dispatch({ type: 'SHOW_HELP', shown: true });
      if (action !== undefined) return dispatch({ type: 'RESOLVE_CONFLICT', keep: action });
      return;
    }
    if (s.screen === 'checklist') return s.filtering ? filterKey(key) : checklistKey(key);
    if (s.screen === 'parity') return parityKey(key);
    const question = currentQuestion(writes.current().report, s);
    if (s.screen !== 'question' || question === undefined) return overviewKey(key);
    // The question screen registers itself when it is drawn: until then its keys wait.
    const target = questionKeys.current;
    if (target === null || target.id !== question.number) return 'wait';
    return target.handle(key);
  };
  const routeRef = useRef(route);
  routeRef.current = route;
  const [keys] = useState(() =>
    createKeyQueue(
      (key) => routeRef.current(key),
      (error) => dispatch({ type: 'NOTIFY', message: `That key failed: ${message(error)}` }),
    ),
  );
  useKeypress((pressed) => keys.push(pressed));
  // After every commit: a screen that has just been drawn takes the keys waiting for it.
  useLayoutEffect(() => keys.resume());

  // Header, notice and footer around the body, and one row spare: Ink redraws in place only while the frame is
  // shorter than the screen. The question screen draws its own key line.
  const ownFooter = state.screen === 'question' && !state.quitting && !state.help;
  const { template } = doc;
  const notice = visibleText(
    state.notice ??
      template.label ??
      (doc.check.fatal === null ? ' ' : `report.py stops here: ${doc.check.fatal}`),
  );
  // Wrapped, never cut (a fatal error says what to do): the body gives up the extra rows, up to a quarter of them.
  const noticeRows = Math.min(
    Math.max(1, Math.floor(rows / 4)),
    Math.max(1, wrapLines([notice], Math.max(1, columns)).length),
  );
  const bodyHeight = Math.max(3, rows - (ownFooter ? 3 : 4) - (noticeRows - 1));
  const bodyHeightRef = useRef(bodyHeight);
  bodyHeightRef.current = bodyHeight;
  // The next screen opens once the write is done: a write may read the file again, and the next question's editor
  // must start from what the file holds then.
  const leaveQuestion = (number: number, go: () => void) => (): Promise<unknown> => writeAnswer(number, go);

  const questions = doc.report.questions;
  const current = currentQuestion(doc.report, state);
  const neighbour = (step: number): number | undefined => {
    const at = questions.findIndex((q) => q.number === current?.number);
    return questions[at + step]?.number;
  };

  let body;
  if (state.quitting) body = <QuitPrompt drafts={Object.keys(state.drafts).map(Number)} />;
  else if (state.screen === 'conflict' && state.conflicts[0])
    body = <ConflictView conflict={state.conflicts[0]} width={columns} height={bodyHeight} />;
  else if (state.screen === 'parity' && state.parity)
    body = <ParityScreen parity={state.parity} width={columns} height={bodyHeight} color={color} />;
  else if (state.screen === 'checklist')
    body = (
      <ChecklistScreen
        report={doc.report}
        filter={state.filter}
        filtering={state.filtering}
        cursor={state.filtering ? filterBuffer.cursor.col : null}
        selected={state.item}
        width={columns}
        height={bodyHeight}
        evidence={state.evidence}
        suggestionFilter={state.suggestionFilter}
      />
    );
  else if (state.screen === 'question' && current) {
    const next = neighbour(1);
    const previous = neighbour(-1);
    const fileText = editableAnswer(current, doc.report, doc.spans);
    body = (
      <QuestionScreen
        key={current.number}
        doc={doc}
        question={current}
        total={questions.length}
        initialText={state.drafts[current.number]?.text ?? fileText}
        fileText={fileText}
        width={columns}
        height={bodyHeight}
        figures={figures}
        {...(props.scanFigures ? { scanFigures: props.scanFigures } : {})}
        {...(props.imageExists ? { imageExists: props.imageExists } : {})}
        onChange={(text) => dispatch({ type: 'EDIT_DRAFT', number: current.number, text, base: fileText })}
        onSave={() => writeAnswer(current.number)}
        onNext={leaveQuestion(current.number, () =>
          dispatch(next === undefined ? { type: 'OPEN_OVERVIEW' } : { type: 'OPEN_QUESTION', number: next }),
        )}
        onPrevious={leaveQuestion(current.number, () =>
          dispatch(
            previous === undefined ? { type: 'OPEN_OVERVIEW' } : { type: 'OPEN_QUESTION', number: previous },
          ),
        )}
        onExit={leaveQuestion(current.number, () => dispatch({ type: 'OPEN_OVERVIEW' }))}
        onOpenEditor={openEditor}
        {...(props.preview ? { onPreview: () => previewQuestion(current.number) } : {})}
        color={color}
        keys={questionKeys}
        isActive={!state.help}
      />
    );
  } else
    body = (
      <Overview
        doc={doc}
        drafts={state.drafts}
        selected={state.question}
        width={columns}
        height={bodyHeight}
        color={color}
      />
    );

  return (
    <Box flexDirection="column" width={columns}>
      {/* Git's warnings are kept whole at the right; the summary gives way when the row is short. */}
      <Box width={columns}>
        <Box flexShrink={1}>
          <Text bold wrap="truncate">
            {visibleText(`${props.displayPath} · ${headerSummary(doc, state.drafts)}`)}
          </Text>
        </Box>
        {gitHeader(git) !== '' && (
          <Box flexShrink={0}>
            <Text bold color={color ? 'yellow' : undefined}>
              {visibleText(gitHeader(git))}
            </Text>
          </Box>
        )}
      </Box>
      <Box height={noticeRows} overflow="hidden">
        <Text wrap="wrap" color={state.notice === null && doc.check.fatal !== null ? 'red' : undefined}>
          {visibleText(notice)}
        </Text>
      </Box>
      {state.help && (
        <Box flexDirection="column" height={bodyHeight} overflow="hidden">
          <HelpOverlay tables={screenKeyTables(state)} width={columns} height={bodyHeight} />
        </Box>
      )}
      {/* Hidden, not unmounted, under the help: the editor keeps its cursor and undo history. */}
      <Box
        flexDirection="column"
        height={bodyHeight}
        overflow="hidden"
        display={state.help ? 'none' : 'flex'}
      >
        {body}
      </Box>
      {!ownFooter && <Footer screen={state.screen} filtering={state.filtering} quitting={state.quitting} />}
    </Box>
  );
};
