import type { KeyBinding } from './key-binding.js';

/** Page Up/Down and Home/End, as every list and scrolled screen binds them; `firstLast` says what Home/End reach. */
export const pageKeys = (firstLast: string): KeyBinding<'pageUp' | 'pageDown' | 'first' | 'last'>[] => [
  { keys: ['pageup'], action: 'pageUp', label: 'PgUp/PgDn', help: 'page' },
  { keys: ['pagedown'], action: 'pageDown' },
  { keys: ['home'], action: 'first', label: 'Home/End', help: firstLast },
  { keys: ['end'], action: 'last' },
];
