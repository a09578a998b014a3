import { Box, type Key, Text, useApp, useInput, useStdout } from 'ink';
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { decodeReport } from '../io/decode-report.js';
import type { FileSystem } from '../io/file-system.js';
import type { SavedState, StateStore } from '../io/state-store.js';
import { type CheckResult, checkReport } from '../report/check-report.js';
import type { Report } from '../report/model.js';
import { lintReport } from '../report/lint-report.js';
import type { Lint } from '../report/lints/lint.js';
import { parseReport } from '../report/parse-report.js';
import { setAnswer } from '../report/set-answer.js';
import { setChecked } from '../report/set-checked.js';
import { visibleText } from '../report/visible-text.js';
import { checklistFilter } from './checklist-filter.js';
import { ChecklistScreen } from './components/ChecklistScreen.js';
import { Footer } from './components/Footer.js';
import { Overview } from './components/Overview.js';
import { QuestionScreen } from './components/QuestionScreen.js';
import { type Conflict, type WizardState, editableAnswer, wizardReducer } from './wizard-reducer.js';

/** The report as last read or written: its bytes guard the next write against changes made on disk meanwhile. */
interface Doc {
  text: string;
  bytes: Uint8Array;
  report: Report;
  check: CheckResult;
  /** What report.py never says, shown on each question's screen. */
  lints: Lint[];
}

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
  /** Image paths relative to the report, e.g. `figures/overview.png`. */
  figures: string[];
  runParity?: (reportPath: string) => Promise<string>;
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
}

/** How a write ended: done, refused because the file's text moved under it, or failed for another reason. */
type WriteOutcome = { kind: 'written' } | { kind: 'stale' } | { kind: 'failed'; message: string };

const utf8 = new TextEncoder();
const decodeChanged = (bytes: Uint8Array): string => {
  const text = decodeReport(bytes);
  if (text === null)
    throw new Error('The report changed on disk and is no longer UTF-8: nothing was written.');
  return text;
};

const makeDoc = (
  text: string,
  bytes: Uint8Array,
  imageExists?: (path: string) => boolean,
  parsed?: { report: Report; check: CheckResult },
): Doc => {
  const report = parsed?.report ?? parseReport(text);
  const lints = lintReport(report, imageExists ? { imageExists } : {});
  return { text, bytes, report, check: parsed?.check ?? checkReport(text), lints };
};

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The terminal size, updated on resize so every screen re-wraps. */
const useTerminalSize = (fixed: AppProps['size']): { columns: number; rows: number } => {
  const { stdout } = useStdout();
  const read = useCallback(
    // A new object each time: a resize event always renders again.
    () => ({ columns: fixed?.columns ?? (stdout.columns || 80), rows: fixed?.rows ?? (stdout.rows || 24) }),
    [fixed, stdout],
  );
  const [size, setSize] = useState(read);
  useEffect(() => {
    const onResize = (): void => setSize(read());
    stdout.on('resize', onResize);
    return () => void stdout.off('resize', onResize);
  }, [stdout, read]);
  return size;
};

const toSaved = (state: WizardState): SavedState => ({
  screen: state.screen === 'conflict' ? 'overview' : state.screen,
  question: state.question,
  // Unresolved conflicts stay drafts with their old base, so the next run asks again.
  drafts: [
    ...Object.values(state.drafts),
    ...state.conflicts.map(({ question, text, base }) => ({ question, text, base })),
  ],
});

const excerpt = (text: string, width: number, lines: number): string[] => {
  const rows = (text === '' ? '(empty)' : visibleText(text))
    .split('\n')
    .map((l) => (l.length > width ? `${l.slice(0, width - 1)}…` : l));
  return rows.length > lines
    ? [...rows.slice(0, lines - 1), `… ${rows.length - lines + 1} more lines`]
    : rows;
};

/** A draft whose question changed in the file since the draft began: both texts, to pick one. */
const ConflictView = ({ conflict, width, height }: { conflict: Conflict; width: number; height: number }) => {
  const lines = Math.max(1, Math.floor((height - 3) / 2));
  return (
    <Box flexDirection="column">
      <Text wrap="truncate">
        Question {conflict.question} changed in the file since your unsaved draft began.
      </Text>
      <Text bold>In the file:</Text>
      {excerpt(conflict.file, width, lines).map((line, i) => (
        <Text key={`f${i}`}>{line}</Text>
      ))}
      <Text bold>Your draft:</Text>
      {excerpt(conflict.text, width, lines).map((line, i) => (
        <Text key={`d${i}`}>{line}</Text>
      ))}
    </Box>
  );
};

/** Asks what to do with unwritten answers before quitting. */
const QuitPrompt = ({ drafts }: { drafts: number[] }) => (
  <Text wrap="truncate">
    {drafts.length === 1 ? `Question ${drafts[0]} has` : `Questions ${drafts.join(', ')} have`} unwritten
    text. Write it to the file before quitting?
  </Text>
);

const header = (doc: Doc, displayPath: string): string => {
  const { check, report } = doc;
  const passing =
    check.fatal === null ? `questions passing ${check.passed}/${check.total}` : 'report.py stops';
  const checked = report.items.filter((i) => i.checked).length;
  return `${displayPath} · ${passing} · checklist ${checked}/${report.items.length} checked`;
};

/** The wizard: overview, question and checklist screens over one report file, resumable across runs. */
export const App = (props: AppProps) => {
  const { path, fs, store, figures, runParity, openEditor, color = true } = props;
  const { exit } = useApp();
  const { columns, rows } = useTerminalSize(props.size);
  const [state, dispatch] = useReducer(wizardReducer, props.start);
  const [doc, setDoc] = useState(() => makeDoc(props.text, props.bytes, props.imageExists, props.parsed));
  const docRef = useRef(doc);
  const stateRef = useRef(state);
  stateRef.current = state;
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const replaceDoc = (next: Doc): void => {
    docRef.current = next;
    setDoc(next);
  };

  /**
   * Writes `change(report)` once earlier writes are done. When the file changed on disk, it is read again and the
   * change is retried on the new text if `stillValid` accepts it (`stale` otherwise). Any other failure (a read-only
   * file, a full disk) is `failed`, with the message to show: nothing changed on disk, so it is no conflict.
   */
  const write = (
    change: (report: Report) => string,
    stillValid: (report: Report) => boolean,
  ): Promise<WriteOutcome> => {
    const attempt = async (retry: boolean): Promise<WriteOutcome> => {
      const current = docRef.current;
      const text = change(current.report);
      if (text === current.text) return { kind: 'written' };
      try {
        await fs.writeFileAtomic(path, text, current.bytes);
        replaceDoc(makeDoc(text, utf8.encode(text), props.imageExists));
        return { kind: 'written' };
      } catch (error) {
        const bytes = retry ? await fs.readFile(path).catch(() => null) : null;
        if (bytes === null) throw error;
        replaceDoc(makeDoc(decodeChanged(bytes), bytes, props.imageExists));
        if (!stillValid(docRef.current.report)) return { kind: 'stale' };
        return attempt(false);
      }
    };
    const result = queue.current.then(() => attempt(true));
    queue.current = result.catch(() => undefined);
    return result.catch((error: unknown) => ({ kind: 'failed', message: message(error) }) as const);
  };

  /** Writes question `number`'s draft; `go` (a move to another screen) runs once it is written or failed. */
  const writeAnswer = async (number: number, go?: () => void): Promise<WriteOutcome['kind']> => {
    const draft = stateRef.current.drafts[number];
    if (draft === undefined) {
      go?.();
      return 'written';
    }
    const base = (report: Report): string | null => {
      const question = report.questions.find((q) => q.number === number);
      return question ? editableAnswer(question) : null;
    };
    const outcome = await write(
      (report) => setAnswer(report, number, draft.text),
      (report) => base(report) === draft.base,
    );
    if (outcome.kind === 'stale') {
      // The conflict opens its own screen instead of `go`'s.
      const file = base(docRef.current.report) ?? '';
      dispatch({ type: 'ADD_CONFLICT', conflict: { ...draft, file } });
      return outcome.kind;
    }
    // Moved before the notice: opening a screen clears the notice.
    go?.();
    if (outcome.kind === 'written') {
      dispatch({ type: 'DRAFT_WRITTEN', number, text: draft.text });
      dispatch({ type: 'NOTIFY', message: `Wrote question ${number}.` });
    } else dispatch({ type: 'NOTIFY', message: outcome.message });
    return outcome.kind;
  };

  const toggle = (index: number): void => {
    void write(
      (report) => {
        const item = report.items.find((i) => i.index === index);
        return item ? setChecked(report, index, !item.checked) : report.text;
      },
      // A checklist changed on disk may have moved items: show it again rather than toggle a guess.
      () => false,
    ).then((outcome) => {
      if (outcome.kind === 'failed') dispatch({ type: 'NOTIFY', message: outcome.message });
      else if (outcome.kind === 'stale')
        dispatch({
          type: 'NOTIFY',
          message: 'The file changed on disk and was read again: press Space again.',
        });
    });
  };

  const writeAllAndQuit = async (): Promise<void> => {
    for (const number of Object.keys(stateRef.current.drafts).map(Number)) {
      if ((await writeAnswer(number)) !== 'written') return dispatch({ type: 'CANCEL_QUIT' });
    }
    dispatch({ type: 'QUIT', discard: false });
  };

  // Every change of place or draft goes to the store, which writes it within its delay.
  useEffect(() => {
    store.set(path, toSaved(state));
  }, [store, path, state.screen, state.question, state.drafts, state.conflicts]);

  useEffect(() => {
    if (!state.done) return;
    store.set(path, toSaved(state));
    void store.flush().then(() => exit());
  }, [state.done]);

  const questions = doc.report.questions;
  const current = questions.find((q) => q.number === state.question) ?? questions[0];
  const neighbour = (step: number): number | undefined => {
    const at = questions.findIndex((q) => q.number === state.question);
    return questions[at + step]?.number;
  };
  const shownItems = checklistFilter(doc.report.items, state.filter);

  const moveItem = (step: number): void => {
    const at = shownItems.findIndex((i) => i.index === state.item);
    const next = shownItems[Math.max(0, Math.min(shownItems.length - 1, at + step))];
    if (next) dispatch({ type: 'SELECT_ITEM', index: next.index });
  };

  const setFilter = (text: string): void => {
    dispatch({ type: 'SET_FILTER', text });
    const shown = checklistFilter(doc.report.items, text);
    if (shown.length > 0 && !shown.some((i) => i.index === state.item)) {
      dispatch({ type: 'SELECT_ITEM', index: shown[0]!.index });
    }
  };

  const startParity = (): void => {
    if (runParity === undefined) {
      dispatch({ type: 'NOTIFY', message: 'The parity check is not available in this build.' });
      return;
    }
    dispatch({ type: 'PARITY_STARTED' });
    runParity(path).then(
      (output) => dispatch({ type: 'PARITY_DONE', lines: output.replace(/\s+$/, '').split('\n') }),
      (error: unknown) =>
        dispatch({ type: 'PARITY_DONE', lines: [`The parity check failed: ${message(error)}`] }),
    );
  };

  // Keys go through a ref renewed on every render: a key that arrives before React has re-subscribed the
  // handler (right after a screen change) still meets the current state.
  const onKey = useRef<(input: string, key: Key) => void>(() => undefined);
  useInput((input, key) => onKey.current(input, key));
  onKey.current = (input, key) => {
    if (key.ctrl && input === 'c') {
      dispatch({ type: 'ASK_QUIT' });
      return;
    }
    if (state.quitting) {
      if (input === 'y') void writeAllAndQuit();
      else if (input === 'n') dispatch({ type: 'QUIT', discard: true });
      else if (key.escape) dispatch({ type: 'CANCEL_QUIT' });
      return;
    }
    if (state.screen === 'conflict') {
      if (input === 'f') dispatch({ type: 'RESOLVE_CONFLICT', keep: 'file' });
      else if (input === 'd') dispatch({ type: 'RESOLVE_CONFLICT', keep: 'draft' });
      return;
    }
    if (state.screen === 'overview') {
      const step = key.upArrow || input === 'k' ? -1 : key.downArrow || input === 'j' ? 1 : 0;
      const target = step === 0 ? undefined : neighbour(step);
      if (target !== undefined) dispatch({ type: 'SELECT_QUESTION', number: target });
      else if (key.return || key.rightArrow)
        dispatch({ type: 'OPEN_QUESTION', number: current?.number ?? 1 });
      else if (input === 'c') dispatch({ type: 'OPEN_CHECKLIST' });
      else if (input === 'p') startParity();
      else if (input === 'q') dispatch({ type: 'ASK_QUIT' });
      return;
    }
    if (state.screen === 'checklist') {
      if (state.filtering) {
        if (key.return) dispatch({ type: 'END_FILTER', keep: true });
        else if (key.escape) {
          setFilter('');
          dispatch({ type: 'END_FILTER', keep: false });
        } else if (key.backspace || key.delete) setFilter(state.filter.slice(0, -1));
        else if (input !== '' && !key.ctrl && !key.meta) setFilter(state.filter + input);
        return;
      }
      if (key.upArrow || input === 'k') moveItem(-1);
      else if (key.downArrow || input === 'j') moveItem(1);
      else if (key.pageUp) moveItem(-10);
      else if (key.pageDown) moveItem(10);
      else if (input === ' ') toggle(state.item);
      else if (input === '/') dispatch({ type: 'START_FILTER' });
      else if (key.escape && state.filter !== '') setFilter('');
      else if (key.escape || key.leftArrow) dispatch({ type: 'OPEN_OVERVIEW' });
      else if (input === 'q') dispatch({ type: 'ASK_QUIT' });
    }
  };

  // Header, notice and footer around the body, and one row spare: Ink redraws in place only while the frame is
  // shorter than the screen. The question screen draws its own key line.
  const ownFooter = state.screen === 'question' && !state.quitting;
  const bodyHeight = Math.max(3, rows - (ownFooter ? 3 : 4));
  const notice =
    state.notice ?? (doc.check.fatal === null ? ' ' : `report.py stops here: ${doc.check.fatal}`);
  // The next screen opens once the write is done: a write may read the file again, and the next question's editor
  // must start from what the file holds then.
  const leaveQuestion = (go: () => void) => (): void => void writeAnswer(state.question, go);

  let body;
  if (state.quitting) body = <QuitPrompt drafts={Object.keys(state.drafts).map(Number)} />;
  else if (state.screen === 'conflict' && state.conflicts[0])
    body = <ConflictView conflict={state.conflicts[0]} width={columns} height={bodyHeight} />;
  else if (state.screen === 'checklist')
    body = (
      <ChecklistScreen
        report={doc.report}
        filter={state.filter}
        filtering={state.filtering}
        selected={state.item}
        width={columns}
        height={bodyHeight}
      />
    );
  else if (state.screen === 'question' && current) {
    const next = neighbour(1);
    const previous = neighbour(-1);
    body = (
      <QuestionScreen
        key={current.number}
        report={doc.report}
        question={current}
        total={questions.length}
        initialText={state.drafts[current.number]?.text ?? editableAnswer(current)}
        width={columns}
        height={bodyHeight}
        figures={figures}
        lints={doc.lints
          .filter((l) => l.question === current.number)
          .map((l) => ({ line: l.line, message: l.message }))}
        onChange={(text) =>
          dispatch({ type: 'EDIT_DRAFT', number: current.number, text, base: editableAnswer(current) })
        }
        onSave={() => void writeAnswer(current.number)}
        onNext={leaveQuestion(() =>
          dispatch(next === undefined ? { type: 'OPEN_OVERVIEW' } : { type: 'OPEN_QUESTION', number: next }),
        )}
        onPrevious={leaveQuestion(() =>
          dispatch(
            previous === undefined ? { type: 'OPEN_OVERVIEW' } : { type: 'OPEN_QUESTION', number: previous },
          ),
        )}
        onExit={leaveQuestion(() => dispatch({ type: 'OPEN_OVERVIEW' }))}
        onOpenEditor={openEditor}
        color={color}
      />
    );
  } else
    body = (
      <Overview
        report={doc.report}
        check={doc.check}
        drafts={state.drafts}
        selected={state.question}
        parity={state.parity}
        width={columns}
        height={bodyHeight}
      />
    );

  return (
    <Box flexDirection="column" width={columns}>
      <Text bold wrap="truncate">
        {visibleText(header(doc, props.displayPath))}
      </Text>
      <Text wrap="truncate" color={state.notice === null && doc.check.fatal !== null ? 'red' : undefined}>
        {visibleText(notice)}
      </Text>
      <Box flexDirection="column" height={bodyHeight} overflow="hidden">
        {body}
      </Box>
      {!ownFooter && <Footer screen={state.screen} filtering={state.filtering} quitting={state.quitting} />}
    </Box>
  );
};
