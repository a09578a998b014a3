import type { KeyBinding } from '../../keys/key-binding.js';
import type { SelectionMove } from '../../move-selection.js';
import { helpQuitKeys } from '../../keys/help-quit-keys.js';
import { pageKeys } from '../../keys/page-keys.js';

/** What the hand-in screen's keys do. */
export type HandinAction = SelectionMove | 'back' | 'help' | 'quit';

/** The hand-in screen's keys. */
export const handinKeys: readonly KeyBinding<HandinAction>[] = [
  { keys: ['up', 'k'], action: 'up', label: '↑↓', help: 'scroll', footer: true },
  { keys: ['down', 'j'], action: 'down' },
  ...pageKeys('top/bottom'),
  { keys: ['escape', 'left', 'h'], action: 'back', label: 'Esc', help: 'back', footer: true },
  ...helpQuitKeys,
];
