import type { KeyBinding } from './key-binding.js';

/** `?` for help and `q` to quit, as the screens where no text is typed bind them (each listed in the footer). */
export const helpQuitKeys: readonly KeyBinding<'help' | 'quit'>[] = [
  { keys: ['?'], action: 'help', label: '?', help: 'help', footer: true },
  { keys: ['q'], action: 'quit', label: 'q', help: 'quit', footer: true },
];
