import type { KeyBinding } from '../../keys/key-binding.js';
import type { SelectionMove } from '../../move-selection.js';
import { helpQuitKeys } from '../../keys/help-quit-keys.js';
import { pageKeys } from '../../keys/page-keys.js';

/** What the parity screen's keys do. */
export type ParityAction = SelectionMove | 'rerun' | 'back' | 'help' | 'quit';

/** The parity screen's keys. */
export const parityKeys: readonly KeyBinding<ParityAction>[] = [
  { keys: ['up', 'k'], action: 'up', label: '↑↓', help: 'scroll the table', footer: '↑↓ scroll' },
  { keys: ['down', 'j'], action: 'down' },
  ...pageKeys('top/bottom'),
  { keys: ['r'], action: 'rerun', label: 'r', help: 'run report.py again', footer: 'r run again' },
  { keys: ['escape', 'left'], action: 'back', label: 'Esc', help: 'back', footer: true },
  ...helpQuitKeys,
];
