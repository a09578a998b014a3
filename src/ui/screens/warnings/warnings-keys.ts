import type { KeyBinding } from '../../keys/key-binding.js';

/** What the keys of the list of an answer's warnings do. */
export type WarningsAction = 'up' | 'down' | 'pageUp' | 'pageDown' | 'close';

/** The keys of the list of an answer's warnings. */
export const warningsKeys: readonly KeyBinding<WarningsAction>[] = [
  { keys: ['up', 'k'], action: 'up', label: '↑↓', help: 'scroll', footer: true },
  { keys: ['down', 'j'], action: 'down' },
  { keys: ['pageup'], action: 'pageUp', label: 'PgUp/PgDn', help: 'page', footer: true },
  { keys: ['pagedown'], action: 'pageDown' },
  {
    keys: ['escape', 'ctrl+l'],
    action: 'close',
    label: 'Esc/Ctrl+L',
    help: 'back to the text',
    footer: true,
  },
];
