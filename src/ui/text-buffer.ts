import { normalizeInput } from './normalize-input.js';
import { verticalMove } from './vertical-move.js';
import { wordMove } from './word-move.js';

/** A cursor position: logical line `row` and `col` counted in code points (never inside a surrogate pair). */
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
  'typing-word' | 'typing-space' | 'backspace' | 'delete' | 'newline' | 'paste' | 'replace';

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
  /** Deletes from the cursor back to the start of the word (Ctrl+W, Alt+Backspace). */
  | { type: 'deleteWordBack' }
  /** Deletes from the cursor to the end of the word (Alt+D, Ctrl+Delete). */
  | { type: 'deleteWordForward' }
  /** Deletes from the cursor to the start of the logical line (Ctrl+U). */
  | { type: 'deleteToLineStart' }
  /** Deletes from the cursor to the end of the logical line (Ctrl+K). */
  | { type: 'deleteToLineEnd' }
  | { type: 'move'; dir: MoveDirection }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'setText'; text: string }
  | { type: 'resize'; width: number };

/** How many steps undo remembers. */
const undoLimit = 200;

const codePointLength = (line: string): number => {
  let length = 0;
  for (const _ of line) length++;
  return length;
};

const sliceCodePoints = (line: string, start: number, end?: number): string =>
  Array.from(line).slice(start, end).join('');

const isSpace = (text: string): boolean => /^\s$/u.test(text);

// Whether an edit of kind `group` opens a new undo step after the previous edit of kind `previous`.
const startsStep = (previous: EditGroup | null, group: EditGroup): boolean => {
  if (group === 'typing-word') return previous !== 'typing-word';
  if (group === 'typing-space') return previous !== 'typing-word' && previous !== 'typing-space';
  if (group === 'backspace' || group === 'delete') return previous !== group;
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
  const before = sliceCodePoints(line, 0, col);
  const after = sliceCodePoints(line, col);
  const parts = text.split('\n');
  const last = parts[parts.length - 1] ?? '';
  const inserted = parts.map((part, index) => (index === 0 ? before + part : part));
  inserted[inserted.length - 1] = (inserted[inserted.length - 1] ?? '') + after;
  const lines = [...state.lines.slice(0, row), ...inserted, ...state.lines.slice(row + 1)];
  const cursor = {
    row: row + parts.length - 1,
    col: (parts.length === 1 ? col : 0) + codePointLength(last),
  };
  const kind =
    group ??
    (codePointLength(text) !== 1
      ? 'paste'
      : text === '\n'
        ? 'newline'
        : isSpace(text)
          ? 'typing-space'
          : 'typing-word');
  return edit(state, kind, lines, cursor);
};

const backspace = (state: TextBufferState): TextBufferState => {
  const { row, col } = state.cursor;
  const line = state.lines[row] ?? '';
  if (col > 0) {
    const lines = [...state.lines];
    lines[row] = sliceCodePoints(line, 0, col - 1) + sliceCodePoints(line, col);
    return edit(state, 'backspace', lines, { row, col: col - 1 });
  }
  if (row === 0) return state;
  const previous = state.lines[row - 1] ?? '';
  const lines = [...state.lines.slice(0, row - 1), previous + line, ...state.lines.slice(row + 1)];
  return edit(state, 'backspace', lines, { row: row - 1, col: codePointLength(previous) });
};

const deleteForward = (state: TextBufferState): TextBufferState => {
  const { row, col } = state.cursor;
  const line = state.lines[row] ?? '';
  if (col < codePointLength(line)) {
    const lines = [...state.lines];
    lines[row] = sliceCodePoints(line, 0, col) + sliceCodePoints(line, col + 1);
    return edit(state, 'delete', lines, state.cursor);
  }
  if (row >= state.lines.length - 1) return state;
  const lines = [
    ...state.lines.slice(0, row),
    line + (state.lines[row + 1] ?? ''),
    ...state.lines.slice(row + 2),
  ];
  return edit(state, 'delete', lines, state.cursor);
};

const move = (state: TextBufferState, dir: MoveDirection): TextBufferState => {
  const { row, col } = state.cursor;
  const length = codePointLength(state.lines[row] ?? '');
  const at = (cursor: Cursor): TextBufferState => ({ ...state, cursor, preferredCol: null, group: null });
  switch (dir) {
    case 'left':
      if (col > 0) return at({ row, col: col - 1 });
      return row > 0
        ? at({ row: row - 1, col: codePointLength(state.lines[row - 1] ?? '') })
        : at(state.cursor);
    case 'right':
      if (col < length) return at({ row, col: col + 1 });
      return row < state.lines.length - 1 ? at({ row: row + 1, col: 0 }) : at(state.cursor);
    case 'home':
      return at({ row, col: 0 });
    case 'end':
      return at({ row, col: length });
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
  return edit(state, 'replace', lines, { row, col: codePointLength(lines[row] ?? '') });
};

/** The answer editor's reducer: pure, every action returns a new state (or the same one when nothing changes). */
export const textBuffer = (state: TextBufferState, action: TextBufferAction): TextBufferState => {
  switch (action.type) {
    case 'insert':
      return insertText(state, action.text);
    case 'newline':
      return insertText(state, '\n', 'newline');
    case 'backspace':
      return backspace(state);
    case 'delete':
      return deleteForward(state);
    // Contract for the editor work in progress: these keys are routed already; their edits land next.
    case 'deleteWordBack':
    case 'deleteWordForward':
    case 'deleteToLineStart':
    case 'deleteToLineEnd':
      return state;
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
