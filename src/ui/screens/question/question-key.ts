import type { KeyPress } from '../../input/key-press.js';
import { findBinding } from '../../keys/find-binding.js';
import { warningsKey } from '../warnings/warnings-key.js';
import { questionKeys } from './question-keys.js';
import type { QuestionState, QuestionStateAction } from './question-state.js';

/** What the question screen asks its shell or its parts to do (they own the file, the editor and the picker). */
export type QuestionCommand =
  | { command: 'next' | 'previous' | 'exit' | 'save' | 'restore' | 'preview' | 'openEditor' | 'openPicker' }
  /** The key is the editor's (typing, moving). */
  | { command: 'edit' };

/** What the screen knows beside its state: the warnings list's size and what this question has. */
export interface QuestionKeyLayout {
  warningRows: number;
  listHeight: number;
}

/** What one key does on the question screen (the image picker, while open, takes its keys first). */
export const questionKey = (
  state: QuestionState,
  key: KeyPress,
  layout: QuestionKeyLayout,
): (QuestionStateAction | QuestionCommand)[] => {
  if (state.busy) return [];
  if (state.listing)
    return warningsKey(state.listTop, key, { rows: layout.warningRows, height: layout.listHeight });
  const steps: (QuestionStateAction | QuestionCommand)[] =
    state.notice === null ? [] : [{ type: 'NOTIFY', notice: null }];
  const action = findBinding(questionKeys, key)?.action;
  switch (action) {
    case 'next':
    case 'previous':
    case 'save':
    case 'restore':
    case 'preview':
      return [...steps, { command: action }];
    case 'overview':
      return [...steps, { command: 'exit' }];
    case 'example':
      return [...steps, { type: 'TOGGLE_EXAMPLE' }];
    case 'image':
      // On every question: report.py may not count images here, but the graded page shows them (the picker says so).
      return [...steps, { command: 'openPicker' }];
    case 'editor':
      return [...steps, { command: 'openEditor' }];
    case 'compare':
      // The router opens the comparison (screens/conflict/compare-draft.ts): the key never reaches the screen.
      return steps;
    case 'warnings':
      return layout.warningRows === 0
        ? [...steps, { type: 'NOTIFY', notice: 'This answer has no warnings.' }]
        : [...steps, { type: 'LIST_WARNINGS' }];
    case undefined:
      return [...steps, { command: 'edit' }];
  }
};
