import type { KeyBinding } from '../../keys/key-binding.js';

/** What the hand-in screen's keys do. */
export type HandinAction =
  'up' | 'down' | 'pageUp' | 'pageDown' | 'first' | 'last' | 'back' | 'help' | 'quit';

/** The hand-in screen's keys. */
export const handinKeys: readonly KeyBinding<HandinAction>[] = [
  { keys: ['up', 'k'], action: 'up', label: '↑↓', help: 'scroll', footer: true },
  { keys: ['down', 'j'], action: 'down' },
  { keys: ['pageup'], action: 'pageUp', label: 'PgUp/PgDn', help: 'page' },
  { keys: ['pagedown'], action: 'pageDown' },
  { keys: ['home'], action: 'first', label: 'Home/End', help: 'top/bottom' },
  { keys: ['end'], action: 'last' },
  { keys: ['escape', 'left', 'h'], action: 'back', label: 'Esc', help: 'back', footer: true },
  { keys: ['?'], action: 'help', label: '?', help: 'help', footer: true },
  { keys: ['q'], action: 'quit', label: 'q', help: 'quit', footer: true },
];
