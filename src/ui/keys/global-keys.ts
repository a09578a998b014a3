import type { KeyBinding } from './key-binding.js';

/** Keys every screen answers to. */
export type GlobalAction = 'quit' | 'help';

/** Keys every screen answers to. */
export const globalKeys: readonly KeyBinding<GlobalAction>[] = [
  { keys: ['ctrl+c'], action: 'quit', label: 'Ctrl+C', help: 'quit (asks about unwritten text)' },
  { keys: ['f1'], action: 'help', label: 'F1', help: 'help', footer: 'F1 help' },
];
