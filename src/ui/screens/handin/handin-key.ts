import type { KeyPress } from '../../input/key-press.js';
import { findBinding } from '../../keys/find-binding.js';
import type { WizardState } from '../../wizard-reducer.js';
import type { ScreenContext, Step } from '../step.js';
import { handinKeys } from './handin-keys.js';
import { handinRows } from './handin-lines.js';

/** What one key does on the hand-in screen: scrolls by the rows the screen really shows, or goes back. */
export const handinKey = (
  state: WizardState,
  key: KeyPress,
  { columns, bodyHeight }: ScreenContext,
): Step[] => {
  const view = state.handin;
  const action = findBinding(handinKeys, key)?.action;
  if (action === 'back') return [{ type: 'CLOSE_HANDIN' }];
  if (action === 'help') return [{ type: 'SHOW_HELP', shown: true }];
  if (action === 'quit') return [{ type: 'ASK_QUIT' }];
  if (view === null || action === undefined) return [];
  const { rows, total } = handinRows(view, columns, bodyHeight);
  const last = Math.max(0, total - rows);
  const top = Math.min(view.scroll, last);
  const page = Math.max(1, rows - 1);
  const to = {
    up: top - 1,
    down: top + 1,
    pageUp: top - page,
    pageDown: top + page,
    first: 0,
    last,
  }[action];
  return [{ type: 'HANDIN_SCROLL', top: Math.max(0, Math.min(last, to)) }];
};
