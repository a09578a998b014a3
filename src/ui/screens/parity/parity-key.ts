import type { KeyPress } from '../../input/key-press.js';
import { findBinding } from '../../keys/find-binding.js';
import type { WizardState } from '../../wizard-reducer.js';
import { isSelectionMove } from '../../is-selection-move.js';
import { scrollMove } from '../../scroll-move.js';
import { helpOrQuit } from '../help-or-quit.js';
import type { ScreenContext, Step } from '../step.js';
import { parityBodyRows } from './parity-body-rows.js';
import { parityKeys } from './parity-keys.js';

/** What one key does on the parity screen: scrolls by the rows the screen really shows, runs report.py again. */
export const parityKey = (
  state: WizardState,
  key: KeyPress,
  { columns, bodyHeight }: ScreenContext,
): Step[] => {
  const view = state.parity;
  if (view === null) return [];
  const action = findBinding(parityKeys, key)?.action;
  if (isSelectionMove(action)) {
    const { rows, total } = parityBodyRows(view, columns, bodyHeight);
    return [{ type: 'PARITY_SCROLL', top: scrollMove(action, view.scroll, rows, total) }];
  }
  if (action === 'help' || action === 'quit') return helpOrQuit(action);
  switch (action) {
    case 'rerun':
      return view.running ? [] : [{ kind: 'parity' }];
    case 'back':
      return [{ type: 'CLOSE_PARITY' }];
    case undefined:
      return [];
  }
};
