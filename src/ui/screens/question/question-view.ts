import type { AnswerStatus } from '../../../report/answer/answer-status.js';
import { answerStatus } from '../../../report/answer/answer-status.js';
import { editableAnswer } from '../../../report/answer/editable-answer.js';
import type { ReportDoc } from '../../../report/answer/report-doc.js';
import type { Lint } from '../../../report/lints/lint.js';
import type { Question } from '../../../report/model.js';
import { plural } from '../../../report/plural.js';
import { visibleText } from '../../../report/visible-text.js';
import { type QuestionLayout, questionLayout } from '../../question-layout.js';
import { sliceCells } from '../../slice-cells.js';
import { wrapLines } from '../../wrap-lines.js';
import { type QuestionState, questionText } from './question-state.js';

/** A row the editor draws above logical line `line` that is not part of the text (report.py's cut). */
export interface EditorMarker {
  line: number;
  text: string;
}

/** The question screen as drawn: what its view shows and its keys scroll by, computed once for both. */
export interface QuestionView {
  status: AnswerStatus;
  marker: EditorMarker | null;
  layout: QuestionLayout;
  promptRows: string[];
  exampleRows: string[];
  /** The warnings under the editor, fitted to their rows. */
  lintLines: string[];
  /** Every warning wrapped whole: the rows of the list Ctrl+L shows, `listHeight` at a time. */
  listRows: string[];
  listHeight: number;
}

/** Cells inside the editor's border and padding, and the width its text wraps at (one cell kept for the cursor). */
export const editorWidth = (columns: number): { inner: number; wrap: number } => {
  const inner = Math.max(1, columns - 4);
  return { inner, wrap: Math.max(1, inner - 1) };
};

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

/** Lays out question `question` with its editor's state in `width` x `height`: counts, warnings, rows of each part. */
export const questionView = (
  doc: ReportDoc,
  question: Question,
  screen: QuestionState,
  width: number,
  height: number,
): QuestionView => {
  const draft = questionText(screen);
  // What the next write would put on disk: the file's answer while the editor holds it unchanged.
  const onDisk = editableAnswer(question, doc.report, doc.spans);
  const status = answerStatus(doc, question, draft === onDisk ? undefined : draft);
  const marker = cutMarker(draft, status.text === draft ? status.cut : null, status.lostWords);
  const promptWanted = wrap(question.prompt, width);
  const exampleWanted = screen.showExample && question.example !== null ? wrap(question.example, width) : [];
  const wrappedLints = lintRows(status.lints, width);
  const layout = questionLayout(height, {
    promptRows: promptWanted.length,
    exampleRows: exampleWanted.length,
    lintRows: wrappedLints.reduce((sum, w) => sum + w.length, 0),
  });
  return {
    status,
    marker,
    layout,
    promptRows: clip(promptWanted, layout.promptRows, width),
    exampleRows: clip(exampleWanted, layout.exampleRows, width),
    lintLines: screen.listing ? [] : fitLints(wrappedLints, layout.lintRows, width),
    // The list takes the editor's box and the rows the short list had.
    listRows: wrappedLints.flat(),
    listHeight: Math.max(1, layout.editorRows + layout.lintRows),
  };
};
