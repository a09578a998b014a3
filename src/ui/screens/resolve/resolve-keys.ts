import type { KeyBinding } from '../../keys/key-binding.js';

/** What the Resolve screen's keys do. */
export type ResolveAction =
  'up' | 'down' | 'ours' | 'theirs' | 'both' | 'edit' | 'add' | 'back' | 'help' | 'quit';

/** The Resolve screen's keys. */
export const resolveKeys: readonly KeyBinding<ResolveAction>[] = [
  { keys: ['up', 'k'], action: 'up', label: '↑↓', help: 'select a conflict', footer: '↑↓ select' },
  { keys: ['down', 'j'], action: 'down' },
  { keys: ['o'], action: 'ours', label: 'o', help: 'take ours', footer: 'o ours' },
  { keys: ['t'], action: 'theirs', label: 't', help: 'take theirs', footer: 't theirs' },
  { keys: ['b'], action: 'both', label: 'b', help: 'take both, ours first', footer: 'b both' },
  { keys: ['e'], action: 'edit', label: 'e', help: 'take both, then edit the answer in the editor' },
  {
    keys: ['a'],
    action: 'add',
    label: 'a',
    help: 'git add the report once no conflict remains',
    footer: 'a git add',
  },
  { keys: ['escape'], action: 'back', label: 'Esc', help: 'overview', footer: true },
  { keys: ['?'], action: 'help', label: '?', help: 'help', footer: true },
  { keys: ['q'], action: 'quit', label: 'q', help: 'quit' },
];
