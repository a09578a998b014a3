/** The question screen's own state: the text being written and what is shown around it. */
export interface QuestionState {
  /** The editor's text as last changed (the draft, or the file's answer). */
  draft: string;
  showExample: boolean;
  /** The list of every warning, in place of the editor, and its first row shown. */
  listing: boolean;
  listTop: number;
  /** Waiting for $EDITOR: keys are ignored meanwhile. */
  busy: boolean;
  /** A line in place of the key line until the next key. */
  notice: string | null;
}

/** Everything that changes the question screen's state. */
export type QuestionStateAction =
  | { type: 'EDITED'; text: string }
  | { type: 'TOGGLE_EXAMPLE' }
  | { type: 'LIST_WARNINGS' }
  | { type: 'SCROLL_WARNINGS'; top: number }
  | { type: 'CLOSE_WARNINGS' }
  | { type: 'BUSY'; busy: boolean }
  | { type: 'NOTIFY'; notice: string | null };

/** The state a question screen opens in, over `text`. */
export const initialQuestionState = (text: string): QuestionState => ({
  draft: text,
  showExample: false,
  listing: false,
  listTop: 0,
  busy: false,
  notice: null,
});

/** Pure transition function of the question screen. */
export const questionReducer = (state: QuestionState, action: QuestionStateAction): QuestionState => {
  switch (action.type) {
    case 'EDITED':
      return state.draft === action.text ? state : { ...state, draft: action.text };
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
  }
};
