import type { KeyBinding } from '../../keys/key-binding.js';

/** What the quit prompt's keys do. */
export type QuitAction = 'write' | 'discard' | 'stay';

/** The quit prompt's keys. */
export const quitKeys: readonly KeyBinding<QuitAction>[] = [
  { keys: ['y'], action: 'write', label: 'y', help: 'write and quit', footer: true },
  { keys: ['n'], action: 'discard', label: 'n', help: 'quit without writing', footer: true },
  { keys: ['escape'], action: 'stay', label: 'Esc', help: 'stay', footer: true },
];
