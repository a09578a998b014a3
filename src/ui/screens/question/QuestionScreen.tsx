import { Box, Text } from 'ink';
import { useMemo, useRef } from 'react';
import type { FailedEdit } from '../../edit-in-external-editor.js';
import type { Lint } from '../../../report/lints/lint.js';
import type { Question } from '../../../report/model.js';
import { plural } from '../../../report/plural.js';
import { visibleText } from '../../../report/visible-text.js';
import type { FigureFile } from '../../image-choices.js';
import { answerStatus } from '../../../report/answer/answer-status.js';
import { editableAnswer } from '../../../report/answer/editable-answer.js';
import type { KeyDelivery } from '../../input/create-key-queue.js';
import type { KeyPress } from '../../input/key-press.js';
import type { KeyTargetSlot } from '../../input/key-target.js';
import { useKeyTarget } from '../../input/use-key-target.js';
import { fitKeyLine } from '../../fit-key-line.js';
import { footerText } from '../../keys/footer-text.js';
import { questionLayout } from '../../question-layout.js';
import { questionSections } from '../../question-sections.js';
import type { ReportDoc } from '../../../report/answer/report-doc.js';
import { sliceCells } from '../../slice-cells.js';
import { useImagePicker } from '../image-picker/use-image-picker.js';
import { useLatestReducer } from '../../use-latest-reducer.js';
import { warningsKeys } from '../warnings/warnings-keys.js';
import { wrapLines } from '../../wrap-lines.js';
import { AnswerEditor, type AnswerEditorHandle, type EditorMarker } from './AnswerEditor.js';
import { CountBar } from './CountBar.js';
import { ImagePicker } from '../image-picker/ImagePicker.js';
import { type QuestionCommand, questionKey } from './question-key.js';
import { questionFooter } from './question-footer.js';
import { initialQuestionState, questionReducer } from './question-state.js';

/** Props of `QuestionScreen`: the shell owns the file, navigation and saving. */
export interface QuestionScreenProps {
  /** The report as last read or written: the draft is counted and linted against it. */
  doc: ReportDoc;
  question: Question;
  total: number;
  /** The answer as the editor starts with it: a draft, or the file's answer. */
  initialText: string;
  /** The answer as the file has it, for Ctrl+R (the editor's text when not given). */
  fileText?: string;
  width: number;
  height: number;
  /** Image paths relative to the report, e.g. `figures/overview.png` (when no `scanFigures` is given). */
  figures: string[];
  /** Reads figures/ and the report's folder; the image picker calls it each time it opens. */
  scanFigures?: () => Promise<FigureFile[]>;
  /** Whether an image path next to the report names a file (for links broken by letter case or folder). */
  imageExists?: (path: string) => boolean;
  /** Opens the graded page at this question (Ctrl+P). */
  onPreview?: () => KeyDelivery;
  onChange: (text: string) => void;
  /** Each of these may return a promise: the keys after it wait until it settles (a write, then a new screen). */
  onSave: () => KeyDelivery;
  onNext: () => KeyDelivery;
  onPrevious: () => KeyDelivery;
  onExit: () => KeyDelivery;
  /** Edits the text in $VISUAL/$EDITOR; resolves with the new text, or null to keep the old one. */
  onOpenEditor?: (text: string) => Promise<string | FailedEdit | null>;
  /** False when colours are off (NO_COLOR). */
  color?: boolean;
  /** Where the app's key router finds this screen; without it the screen reads the terminal itself. */
  keys?: KeyTargetSlot;
  /** Whether the screen has the keyboard (false under the help overlay): draws the editor's cursor. */
  isActive?: boolean;
}

const wrap = (text: string, width: number): string[] =>
  wrapLines(visibleText(text).split('\n'), width).map((row) => row.text.trimEnd());

// The first `rows` rows, the last one ending in `…` when rows were left out.
const clip = (rows: string[], count: number, width: number): string[] => {
  if (rows.length <= count) return rows;
  const shown = rows.slice(0, count);
  const last = shown.length - 1;
  if (last >= 0) shown[last] = `${sliceCells(shown[last] ?? '', width - 1)}…`;
  return shown;
};

const lintText = ({ line, message }: Lint): string =>
  visibleText(line === null ? `⚠ ${message}` : `⚠ line ${line}: ${message}`);

// Each warning wrapped whole under its `⚠`, continuation rows indented to line up with its text.
const lintRows = (lints: Lint[], width: number): string[][] =>
  lints.map((lint) =>
    wrapLines([lintText(lint).slice(2)], Math.max(10, width - 2)).map(
      (row, i) => `${i === 0 ? '⚠ ' : '  '}${row.text.trimEnd()}`,
    ),
  );

// Whole warnings that fit in `rows`, then a line saying how many more there are; a first warning too long for the
// rows is shown cut with `…` rather than not at all.
const fitLints = (wrapped: string[][], rows: number, width: number): string[] => {
  const total = wrapped.reduce((sum, w) => sum + w.length, 0);
  if (total <= rows || rows <= 0) return wrapped.flat().slice(0, Math.max(0, rows));
  const shown: string[] = [];
  let i = 0;
  while (i < wrapped.length && shown.length + wrapped[i]!.length <= rows - 1) shown.push(...wrapped[i++]!);
  if (i === 0) {
    const room = wrapped.length > 1 && rows > 1 ? rows - 1 : rows;
    shown.push(...clip(wrapped[0]!, room, width));
    i = 1;
  }
  const left = wrapped.length - i;
  return left > 0 && shown.length < rows
    ? [...shown, `⚠ … and ${plural(left, 'more warning')}: Ctrl+L lists them all`]
    : shown;
};

/** The row above the line where report.py stops counting, or null when it counts everything. */
const cutMarker = (text: string, cut: number | null, lostWords: number): EditorMarker | null => {
  if (cut === null) return null;
  const lineStart = text.lastIndexOf('\n', cut - 1) + 1;
  const line = text.slice(0, cut).split('\n').length - 1;
  const words = plural(lostWords, 'word');
  const below = lostWords === 1 ? 'does' : 'do';
  return {
    line,
    text:
      lineStart === cut
        ? `report.py stops counting here: the ${words} below ${below} not count`
        : `report.py stops counting at the "##" in the next line: the ${words} from there ${below} not count`,
  };
};

/** One question: its prompt, length and example, the answer editor with a live report.py count, and lints. */
export const QuestionScreen = ({
  doc,
  question,
  total,
  initialText,
  fileText,
  width,
  height,
  figures,
  scanFigures,
  imageExists,
  onPreview,
  onChange,
  onSave,
  onNext,
  onPrevious,
  onExit,
  onOpenEditor,
  color = true,
  keys,
  isActive = true,
}: QuestionScreenProps) => {
  const [state, getState, dispatch] = useLatestReducer(questionReducer, () =>
    initialQuestionState(initialText),
  );
  const { draft, showExample, listing, listTop, busy, notice } = state;
  // Sizes of the warnings list as last drawn, for its keys.
  const listRowCount = useRef(0);
  const listHeight = useRef(1);
  const editor = useRef<AnswerEditorHandle>(null);
  const editorKeys = useRef<KeyTargetSlot>({ current: null }).current;
  const picker = useImagePicker({
    scan: scanFigures ?? (async () => Promise.resolve(figures.map((path) => ({ path, modified: 0 })))),
    editor,
    question: question.number,
    otherAnswers: () =>
      doc.report.questions
        .filter((q) => q.number !== question.number)
        .map((q) => ({ question: q.number, text: q.answer })),
    ...(imageExists ? { exists: imageExists } : {}),
  });
  const picking = picker.picking;

  // What the next write would put on disk: the file's answer while the editor holds it unchanged.
  const onDisk = useMemo(() => editableAnswer(question, doc.report, doc.spans), [question, doc]);
  const status = answerStatus(doc, question, draft === onDisk ? undefined : draft);
  const { result, lints } = status;
  const marker = cutMarker(draft, status.text === draft ? status.cut : null, status.lostWords);
  const hasImages = result?.constraint?.images != null;
  const hasExample = question.example !== null;

  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const handleChange = useMemo(
    () => (text: string) => {
      dispatch({ type: 'EDITED', text });
      onChangeRef.current(text);
    },
    [dispatch],
  );

  const openEditor = async (open: (text: string) => Promise<string | FailedEdit | null>): Promise<void> => {
    dispatch({ type: 'BUSY', busy: true });
    try {
      const edited = await open(getState().draft);
      if (edited !== null) editor.current?.setText(typeof edited === 'string' ? edited : edited.text);
      dispatch({
        type: 'NOTIFY',
        notice:
          edited === null
            ? 'The editor exited with an error: the answer is unchanged.'
            : typeof edited === 'string'
              ? null
              : `The editor exited with code ${edited.exitCode}: kept what it saved as a draft.`,
      });
    } catch (error) {
      dispatch({ type: 'NOTIFY', notice: error instanceof Error ? error.message : String(error) });
    } finally {
      dispatch({ type: 'BUSY', busy: false });
    }
  };

  const run = ({ command }: QuestionCommand, key: KeyPress): KeyDelivery => {
    switch (command) {
      case 'next':
        return onNext();
      case 'previous':
        return onPrevious();
      case 'exit':
        return onExit();
      case 'save':
        return onSave();
      case 'restore':
        return editor.current?.setText(fileText ?? initialText);
      case 'openPicker':
        return picker.open();
      case 'preview':
        return onPreview?.();
      case 'openEditor':
        return onOpenEditor ? openEditor(onOpenEditor) : undefined;
      case 'edit':
        return editorKeys.current?.handle(key);
    }
  };

  const handle = (key: KeyPress): KeyDelivery => {
    if (!getState().busy && picker.getPicking()) return picker.key(key);
    const layout = { warningRows: listRowCount.current, listHeight: listHeight.current };
    let delivery: KeyDelivery = undefined;
    for (const step of questionKey(getState(), key, layout)) {
      if ('type' in step) dispatch(step);
      else delivery = run(step, key);
    }
    return delivery;
  };
  useKeyTarget(keys, { id: question.number, handle });

  const inner = Math.max(1, width - 4);
  const promptWanted = wrap(question.prompt, width);
  const exampleWanted = showExample && question.example !== null ? wrap(question.example, width) : [];
  const wrappedLints = lintRows(lints, width);
  const lintWanted = wrappedLints.reduce((sum, w) => sum + w.length, 0);
  const layout = questionLayout(height, {
    promptRows: promptWanted.length,
    exampleRows: exampleWanted.length,
    lintRows: lintWanted,
  });
  const lintLines = listing ? [] : fitLints(wrappedLints, layout.lintRows, width);
  // The list takes the editor's box and the rows the short list had.
  const listRows = wrappedLints.flat();
  listRowCount.current = listRows.length;
  listHeight.current = Math.max(1, layout.editorRows + layout.lintRows);
  const length = question.recommendedLength;
  const lengthLine = [
    length === null ? 'No recommended length' : `Recommended length: ${length.min}–${length.max} words`,
    hasExample ? (showExample ? 'Ctrl+T hides the example' : 'Ctrl+T shows an example') : null,
  ]
    .filter((part) => part !== null)
    .join(' · ');
  const section = questionSections(doc).get(question.number) ?? null;
  const header = `Question ${question.number}/${total}${section === null ? '' : ` · ${section}`}`;

  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text bold wrap="truncate">
        {visibleText(header)}
      </Text>
      {clip(promptWanted, layout.promptRows, width).map((row, index) => (
        <Text key={`p${index}`}>{row}</Text>
      ))}
      <Text dimColor wrap="truncate">
        {lengthLine}
      </Text>
      {clip(exampleWanted, layout.exampleRows, width).map((row, index) => (
        <Text key={`e${index}`} dimColor italic>
          {row}
        </Text>
      ))}
      {listing ? (
        <Box height={layout.editorRows + 2 + layout.lintRows} flexDirection="column">
          <Text bold wrap="truncate">
            {`${plural(lints.length, 'warning')} · ${footerText(warningsKeys)}`}
          </Text>
          {listRows.slice(listTop, listTop + listHeight.current).map((row, index) => (
            <Text key={`w${index}`} color={color ? 'yellow' : undefined} wrap="truncate">
              {row}
            </Text>
          ))}
        </Box>
      ) : null}
      {picking ? (
        <Box height={layout.editorRows + 2} flexDirection="column">
          <ImagePicker
            choices={picker.choices}
            selected={picker.selected}
            loading={picker.loading}
            height={layout.editorRows + 2}
            counted={hasImages}
          />
        </Box>
      ) : null}
      <Box
        borderStyle="round"
        borderDimColor={busy}
        paddingX={1}
        flexDirection="column"
        display={picking || listing ? 'none' : 'flex'}
      >
        <AnswerEditor
          ref={editor}
          initialText={initialText}
          width={inner}
          height={layout.editorRows}
          isActive={isActive && !picking && !listing && !busy}
          color={color}
          onChange={handleChange}
          keys={editorKeys}
          marker={marker}
        />
      </Box>
      <CountBar result={result} color={color} />
      {lintLines.map((line, index) => (
        <Text key={`l${index}`} color={color ? 'yellow' : undefined} wrap="truncate">
          {line}
        </Text>
      ))}
      <Text dimColor={notice === null} wrap="truncate">
        {busy
          ? 'Waiting for the editor to close…'
          : visibleText(
              notice ?? fitKeyLine(questionFooter(hasExample, hasImages, onOpenEditor !== undefined), width),
            )}
      </Text>
    </Box>
  );
};
