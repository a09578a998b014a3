import type { KeyBinding } from '../../keys/key-binding.js';

/** What the parity screen's keys do. */
export type ParityAction =
  'up' | 'down' | 'pageUp' | 'pageDown' | 'first' | 'last' | 'rerun' | 'back' | 'help' | 'quit';

/** The parity screen's keys. */
export const parityKeys: readonly KeyBinding<ParityAction>[] = [
  { keys: ['up', 'k'], action: 'up', label: '↑↓', help: 'scroll the table', footer: '↑↓ scroll' },
  { keys: ['down', 'j'], action: 'down' },
  { keys: ['pageup'], action: 'pageUp', label: 'PgUp/PgDn', help: 'page' },
  { keys: ['pagedown'], action: 'pageDown' },
  { keys: ['home'], action: 'first', label: 'Home/End', help: 'top/bottom' },
  { keys: ['end'], action: 'last' },
  { keys: ['r'], action: 'rerun', label: 'r', help: 'run report.py again', footer: 'r run again' },
  { keys: ['escape', 'left'], action: 'back', label: 'Esc', help: 'back', footer: true },
  { keys: ['?'], action: 'help', label: '?', help: 'help', footer: true },
  { keys: ['q'], action: 'quit', label: 'q', help: 'quit', footer: true },
];
