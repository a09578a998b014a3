/** A screen of the wizard, as remembered between runs. */
export type SavedScreen = 'overview' | 'question' | 'checklist';

/** An answer typed in the wizard but not yet written to the report. */
export interface SavedDraft {
  question: number;
  text: string;
  /** The answer the file had when the draft began: the draft is offered back only while the file still has it. */
  base: string;
}

/** What the wizard remembers about one report between runs. */
export interface SavedState {
  screen: SavedScreen;
  question: number;
  drafts: SavedDraft[];
}
