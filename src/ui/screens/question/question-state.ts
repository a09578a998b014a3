import { createTextBuffer } from '../../create-text-buffer.js';
import type { ImageChoice } from '../../image-choices.js';
import { type TextBufferAction, type TextBufferState, textBuffer } from '../../text-buffer.js';

/** The image picker over the editor: the choices found when it opened, and the highlighted one. */
export interface PickerState {
  /** The folders are being read. */
  loading: boolean;
  choices: ImageChoice[];
  selected: number;
}

/** The question screen's own state: the text being written (with cursor and undo) and what is shown around it. */
export interface QuestionState {
  /** The question (heading number) this state belongs to: another question starts afresh. */
  number: number;
  /** The editor's text, cursor and undo history (the draft, or the file's answer). */
  buffer: TextBufferState;
  showExample: boolean;
  /** The list of every warning, in place of the editor, and its first row shown. */
  listing: boolean;
  listTop: number;
  /** Waiting for $EDITOR: keys are ignored meanwhile. */
  busy: boolean;
  /** A line in place of the key line until the next key. */
  notice: string | null;
  /** The image picker, while open. */
  picker: PickerState | null;
}

/** Everything that changes the question screen's state. */
export type QuestionStateAction =
  | { type: 'EDIT'; edits: readonly TextBufferAction[] }
  | { type: 'TOGGLE_EXAMPLE' }
  | { type: 'LIST_WARNINGS' }
  | { type: 'SCROLL_WARNINGS'; top: number }
  | { type: 'CLOSE_WARNINGS' }
  | { type: 'BUSY'; busy: boolean }
  | { type: 'NOTIFY'; notice: string | null }
  | { type: 'OPEN_PICKER' }
  | { type: 'PICKER_LOADED'; choices: ImageChoice[] }
  | { type: 'PICKER_SELECT'; index: number }
  | { type: 'CLOSE_PICKER' };

/** The state a question screen opens in, over `text` wrapped at `wrapWidth` cells. */
export const initialQuestionState = (number: number, text: string, wrapWidth = Infinity): QuestionState => ({
  number,
  buffer: createTextBuffer(text, wrapWidth),
  showExample: false,
  listing: false,
  listTop: 0,
  busy: false,
  notice: null,
  picker: null,
});

/** The editor's text as one string. */
export const questionText = (state: QuestionState): string => state.buffer.lines.join('\n');

/** Pure transition function of the question screen. */
export const questionReducer = (state: QuestionState, action: QuestionStateAction): QuestionState => {
  switch (action.type) {
    case 'EDIT': {
      const buffer = action.edits.reduce(textBuffer, state.buffer);
      return buffer === state.buffer ? state : { ...state, buffer };
    }
    case 'TOGGLE_EXAMPLE':
      return { ...state, showExample: !state.showExample };
    case 'LIST_WARNINGS':
      return { ...state, listing: true, listTop: 0 };
    case 'SCROLL_WARNINGS':
      return state.listTop === action.top ? state : { ...state, listTop: action.top };
    case 'CLOSE_WARNINGS':
      return state.listing ? { ...state, listing: false } : state;
    case 'BUSY':
      return state.busy === action.busy ? state : { ...state, busy: action.busy };
    case 'NOTIFY':
      return state.notice === action.notice ? state : { ...state, notice: action.notice };
    case 'OPEN_PICKER':
      return { ...state, picker: { loading: true, choices: [], selected: 0 } };
    case 'PICKER_LOADED':
      return state.picker === null
        ? state
        : { ...state, picker: { ...state.picker, loading: false, choices: action.choices } };
    case 'PICKER_SELECT':
      return state.picker === null || state.picker.selected === action.index
        ? state
        : { ...state, picker: { ...state.picker, selected: action.index } };
    case 'CLOSE_PICKER':
      return state.picker === null ? state : { ...state, picker: null };
  }
};
