import { clusterBoundary } from './cluster-boundary.js';
import { lineClusters } from './line-clusters.js';
import { lineEdgeMove } from './line-edge-move.js';
import { normalizeInput } from './normalize-input.js';
import { verticalMove } from './vertical-move.js';
import { wordMove } from './word-move.js';

/**
 * A cursor position: logical line `row` and `col`, a UTF-16 offset into that line (a JavaScript string index,
 * what Intl.Segmenter reports) that is always a grapheme cluster boundary: moves and deletes go by cluster,
 * so a flag, a ZWJ family or e + U+0301 is one step.
 */
export interface Cursor {
  row: number;
  col: number;
}

/** What undo and redo restore. */
export interface TextBufferSnapshot {
  lines: string[];
  cursor: Cursor;
}

/** The kind of the last edit, so that a run of typing or deleting undoes as one step. */
export type EditGroup =
  | 'typing-word'
  | 'typing-space'
  | 'backspace'
  | 'delete'
  | 'delete-word'
  | 'delete-to-line-edge'
  | 'newline'
  | 'paste'
  | 'replace';

/** State of the multiline answer editor: text as lines (no line breaks in them), cursor and history. */
export interface TextBufferState {
  lines: string[];
  cursor: Cursor;
  /** Cell column Up/Down try to keep, set by the first vertical move and cleared by any other action. */
  preferredCol: number | null;
  /** Width the text is soft-wrapped to, for Up/Down by visual row (`Infinity`: move by logical line). */
  wrapWidth: number;
  undo: TextBufferSnapshot[];
  redo: TextBufferSnapshot[];
  /** The last edit, or null after anything that ends a run (a move, undo, redo). */
  group: EditGroup | null;
}

/** Cursor moves the editor knows. */
export type MoveDirection = 'left' | 'right' | 'up' | 'down' | 'home' | 'end' | 'wordLeft' | 'wordRight';

/** Everything the answer editor can do to its buffer. */
export type TextBufferAction =
  | { type: 'insert'; text: string }
  | { type: 'newline' }
  | { type: 'backspace' }
  | { type: 'delete' }
  /**
   * Deletes from the cursor back to where Ctrl+Left leads (Ctrl+W, Alt+Backspace): the start of the word,
   * or, at a line's start, the line break (joining the lines like Backspace).
   */
  | { type: 'deleteWordBack' }
  /** Deletes from the cursor to where Ctrl+Right leads (Alt+D, Ctrl+Delete), or the line break at a line's end. */
  | { type: 'deleteWordForward' }
  /** Deletes from the cursor to the start of the logical line (Ctrl+U); nothing at the line's start. */
  | { type: 'deleteToLineStart' }
  /** Deletes from the cursor to the end of the logical line (Ctrl+K), or the line break at its end (Emacs). */
  | { type: 'deleteToLineEnd' }
  | { type: 'move'; dir: MoveDirection }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'setText'; text: string }
  | { type: 'resize'; width: number };

/** How many steps undo remembers. */
const undoLimit = 200;

const isSpace = (text: string): boolean => /^\s$/u.test(text);

// Whether an edit of kind `group` opens a new undo step after the previous edit of kind `previous`.
const startsStep = (previous: EditGroup | null, group: EditGroup): boolean => {
  if (group === 'typing-word') return previous !== 'typing-word';
  if (group === 'typing-space') return previous !== 'typing-word' && previous !== 'typing-space';
  if (group === 'backspace' || group === 'delete') return previous !== group;
  // Everything else, a deleted word or line part included, is a step of its own.
  return true;
};

// Applies an edit's result: records the undo step (unless it continues a run), clears redo.
const edit = (state: TextBufferState, group: EditGroup, lines: string[], cursor: Cursor): TextBufferState => {
  const undo = startsStep(state.group, group)
    ? [...state.undo, { lines: state.lines, cursor: state.cursor }].slice(-undoLimit)
    : state.undo;
  return { ...state, lines, cursor, preferredCol: null, undo, redo: [], group };
};

const insertText = (state: TextBufferState, raw: string, group?: EditGroup): TextBufferState => {
  const text = normalizeInput(raw);
  if (text === '') return state;
  const { row, col } = state.cursor;
  const line = state.lines[row] ?? '';
  const parts = text.split('\n');
  const last = parts[parts.length - 1] ?? '';
  const inserted = parts.map((part, index) => (index === 0 ? line.slice(0, col) + part : part));
  const lastLine = (inserted[inserted.length - 1] ?? '') + line.slice(col);
  inserted[inserted.length - 1] = lastLine;
  const lines = [...state.lines.slice(0, row), ...inserted, ...state.lines.slice(row + 1)];
  // Typed text can join the cluster after it (e before a lone U+0301, a flag's second half): the cursor
  // then goes past the whole cluster, never into it.
  const end = (parts.length === 1 ? col : 0) + last.length;
  const cursor = { row: row + parts.length - 1, col: clusterBoundary(lastLine, end, 'ceil') };
  const kind =
    group ??
    (text === '\n'
      ? 'newline'
      : text.includes('\n') || lineClusters(text).length !== 1
        ? 'paste'
        : isSpace(text)
          ? 'typing-space'
          : 'typing-word');
  return edit(state, kind, lines, cursor);
};

// Deletes the text between two positions (`from` before `to`), joining their lines; the cursor goes to
// `from`, or to the start of the cluster it falls in when the text around the cut joins into one cluster.
const deleteRange = (state: TextBufferState, group: EditGroup, from: Cursor, to: Cursor): TextBufferState => {
  if (from.row === to.row && from.col >= to.col) return state;
  const joined = (state.lines[from.row] ?? '').slice(0, from.col) + (state.lines[to.row] ?? '').slice(to.col);
  const lines = [...state.lines.slice(0, from.row), joined, ...state.lines.slice(to.row + 1)];
  return edit(state, group, lines, { row: from.row, col: clusterBoundary(joined, from.col, 'floor') });
};

// The position just before the cursor's cluster, or the end of the previous line at a line's start.
const previousPosition = (state: TextBufferState): Cursor => {
  const { row, col } = state.cursor;
  if (col > 0) return { row, col: clusterBoundary(state.lines[row] ?? '', col, 'previous') };
  return row === 0 ? state.cursor : { row: row - 1, col: (state.lines[row - 1] ?? '').length };
};

// The position just after the cursor's cluster, or the start of the next line at a line's end.
const nextPosition = (state: TextBufferState): Cursor => {
  const { row, col } = state.cursor;
  const line = state.lines[row] ?? '';
  if (col < line.length) return { row, col: clusterBoundary(line, col, 'next') };
  return row >= state.lines.length - 1 ? state.cursor : { row: row + 1, col: 0 };
};

const deleteToLineEdge = (state: TextBufferState, edge: 'start' | 'end'): TextBufferState => {
  const { row, col } = state.cursor;
  const length = (state.lines[row] ?? '').length;
  if (edge === 'start') return deleteRange(state, 'delete-to-line-edge', { row, col: 0 }, state.cursor);
  const to = col < length ? { row, col: length } : nextPosition(state);
  return deleteRange(state, 'delete-to-line-edge', state.cursor, to);
};

const move = (state: TextBufferState, dir: MoveDirection): TextBufferState => {
  const { row, col } = state.cursor;
  const at = (cursor: Cursor): TextBufferState => ({ ...state, cursor, preferredCol: null, group: null });
  switch (dir) {
    case 'left':
      return at(previousPosition(state));
    case 'right':
      return at(nextPosition(state));
    case 'home':
    case 'end':
      return at({ row, col: lineEdgeMove(state.lines[row] ?? '', col, state.wrapWidth, dir) });
    case 'wordLeft':
    case 'wordRight':
      return at(wordMove(state.lines, state.cursor, dir));
    case 'up':
    case 'down': {
      const moved = verticalMove(state.lines, state.cursor, state.preferredCol, dir, state.wrapWidth);
      return { ...state, ...moved, group: null };
    }
  }
};

const restore = (state: TextBufferState, from: 'undo' | 'redo'): TextBufferState => {
  const stack = state[from];
  const snapshot = stack[stack.length - 1];
  if (snapshot === undefined) return state;
  const current = { lines: state.lines, cursor: state.cursor };
  const to = from === 'undo' ? 'redo' : 'undo';
  return {
    ...state,
    lines: snapshot.lines,
    cursor: snapshot.cursor,
    preferredCol: null,
    group: null,
    [from]: stack.slice(0, -1),
    [to]: [...state[to], current],
  };
};

const setText = (state: TextBufferState, raw: string): TextBufferState => {
  const lines = normalizeInput(raw).split('\n');
  if (lines.join('\n') === state.lines.join('\n')) return state;
  const row = lines.length - 1;
  return edit(state, 'replace', lines, { row, col: (lines[row] ?? '').length });
};

/** The answer editor's reducer: pure, every action returns a new state (or the same one when nothing changes). */
export const textBuffer = (state: TextBufferState, action: TextBufferAction): TextBufferState => {
  switch (action.type) {
    case 'insert':
      return insertText(state, action.text);
    case 'newline':
      return insertText(state, '\n', 'newline');
    case 'backspace':
      return deleteRange(state, 'backspace', previousPosition(state), state.cursor);
    case 'delete':
      return deleteRange(state, 'delete', state.cursor, nextPosition(state));
    case 'deleteWordBack':
      return deleteRange(state, 'delete-word', wordMove(state.lines, state.cursor, 'wordLeft'), state.cursor);
    case 'deleteWordForward':
      return deleteRange(
        state,
        'delete-word',
        state.cursor,
        wordMove(state.lines, state.cursor, 'wordRight'),
      );
    case 'deleteToLineStart':
      return deleteToLineEdge(state, 'start');
    case 'deleteToLineEnd':
      return deleteToLineEdge(state, 'end');
    case 'move':
      return move(state, action.dir);
    case 'undo':
      return restore(state, 'undo');
    case 'redo':
      return restore(state, 'redo');
    case 'setText':
      return setText(state, action.text);
    case 'resize':
      return action.width === state.wrapWidth
        ? state
        : { ...state, wrapWidth: action.width, preferredCol: null };
  }
};
