import type { KeyPress } from '../../input/key-press.js';
import { findBinding } from '../../keys/find-binding.js';
import type { WizardState } from '../../wizard-reducer.js';
import { scrollMove } from '../../scroll-move.js';
import { helpOrQuit } from '../help-or-quit.js';
import type { ScreenContext, Step } from '../step.js';
import { handinKeys } from './handin-keys.js';
import { handinRows } from './handin-lines.js';

/** What one key does on the hand-in screen: scrolls by the rows the screen really shows, or goes back. */
export const handinKey = (
  state: WizardState,
  key: KeyPress,
  { columns, bodyHeight }: ScreenContext,
): Step[] => {
  const action = findBinding(handinKeys, key)?.action;
  if (action === 'back') return [{ type: 'CLOSE_HANDIN' }];
  if (action === 'help' || action === 'quit') return helpOrQuit(action);
  const view = state.handin;
  if (view === null || action === undefined) return [];
  const { rows, total } = handinRows(view, columns, bodyHeight);
  return [{ type: 'HANDIN_SCROLL', top: scrollMove(action, view.scroll, rows, total) }];
};
