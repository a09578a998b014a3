import type { KeyBinding } from '../../keys/key-binding.js';

/** What the keys of the screen for a draft whose answer changed in the file do. */
export type ConflictAction = 'file' | 'draft' | 'help';

/** The keys of the screen for a draft whose answer changed in the file. */
export const conflictKeys: readonly KeyBinding<ConflictAction>[] = [
  {
    keys: ['f'],
    action: 'file',
    label: 'f',
    help: 'keep the file’s answer (undoable in the editor)',
    footer: true,
  },
  { keys: ['d'], action: 'draft', label: 'd', help: 'keep your draft', footer: true },
  { keys: ['?'], action: 'help', label: '?', help: 'help' },
];
