import type { KeyPress } from '../../input/key-press.js';
import { findBinding } from '../../keys/find-binding.js';
import type { QuestionStateAction } from '../question/question-state.js';
import { warningsKeys } from './warnings-keys.js';

/** What one key does on the list of an answer's warnings, `rows` long in a window `height` rows high. */
export const warningsKey = (
  top: number,
  key: KeyPress,
  { rows, height }: { rows: number; height: number },
): QuestionStateAction[] => {
  const last = Math.max(0, rows - height);
  const page = Math.max(1, height - 1);
  const scroll = (to: number): QuestionStateAction[] => [
    { type: 'SCROLL_WARNINGS', top: Math.max(0, Math.min(last, to)) },
  ];
  switch (findBinding(warningsKeys, key)?.action) {
    case 'up':
      return scroll(top - 1);
    case 'down':
      return scroll(top + 1);
    case 'pageUp':
      return scroll(top - page);
    case 'pageDown':
      return scroll(top + page);
    case 'close':
      return [{ type: 'CLOSE_WARNINGS' }];
    case undefined:
      return [];
  }
};
