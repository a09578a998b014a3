import type { KeyPress } from '../../input/key-press.js';
import { findBinding } from '../../keys/find-binding.js';
import type { WizardState } from '../../wizard-reducer.js';
import type { ScreenContext, Step } from '../step.js';
import { parityBodyRows } from './parity-body-rows.js';
import { parityKeys } from './parity-keys.js';

/** What one key does on the parity screen: scrolls by the rows the screen really shows. */
export const parityKey = (
  state: WizardState,
  key: KeyPress,
  { columns, bodyHeight }: ScreenContext,
): Step[] => {
  const view = state.parity;
  if (view === null) return [];
  const { rows, total } = parityBodyRows(view, columns, bodyHeight);
  const last = Math.max(0, total - rows);
  const scroll = (top: number): Step[] => [{ type: 'PARITY_SCROLL', top: Math.max(0, Math.min(last, top)) }];
  const page = Math.max(1, rows - 1);
  switch (findBinding(parityKeys, key)?.action) {
    case 'up':
      return scroll(Math.min(view.scroll, last) - 1);
    case 'down':
      return scroll(view.scroll + 1);
    case 'pageUp':
      return scroll(Math.min(view.scroll, last) - page);
    case 'pageDown':
      return scroll(view.scroll + page);
    case 'first':
      return scroll(0);
    case 'last':
      return scroll(last);
    case 'rerun':
      return view.running ? [] : [{ kind: 'parity' }];
    case 'back':
      return [{ type: 'CLOSE_PARITY' }];
    case 'help':
      return [{ type: 'SHOW_HELP', shown: true }];
    case 'quit':
      return [{ type: 'ASK_QUIT' }];
    case undefined:
      return [];
  }
};
