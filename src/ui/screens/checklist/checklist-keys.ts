import type { KeyBinding } from '../../keys/key-binding.js';
import type { SelectionMove } from '../../move-selection.js';
import { helpQuitKeys } from '../../keys/help-quit-keys.js';
import { pageKeys } from '../../keys/page-keys.js';

/** What the checklist's keys do. */
export type ChecklistAction =
  | SelectionMove
  | 'toggle'
  | 'tickAll'
  | 'undoTickAll'
  | 'filter'
  | 'onlyEvidence'
  | 'onlyNoTrace'
  | 'back'
  | 'help'
  | 'quit';

/** The checklist's keys. */
export const checklistKeys: readonly KeyBinding<ChecklistAction>[] = [
  { keys: ['up', 'k'], action: 'up', label: '↑↓', help: 'move', footer: true },
  { keys: ['down', 'j'], action: 'down' },
  ...pageKeys('first/last item'),
  {
    keys: ['space'],
    action: 'toggle',
    label: 'Space',
    help: 'toggle (written at once)',
    footer: 'Space toggle',
  },
  {
    keys: ['+'],
    action: 'tickAll',
    label: '+',
    help: 'tick all with evidence (one write)',
    footer: '+ tick all',
  },
  {
    keys: ['u'],
    action: 'undoTickAll',
    label: 'u',
    help: 'undo that + (if the file is unchanged)',
  },
  { keys: ['/'], action: 'filter', label: '/', help: 'filter by text or tag (m17)', footer: '/ filter' },
  { keys: ['e'], action: 'onlyEvidence', label: 'e', help: 'only evidence, not ticked' },
  { keys: ['t'], action: 'onlyNoTrace', label: 't', help: 'only ticked, no trace' },
  {
    keys: ['escape', 'left'],
    action: 'back',
    label: 'Esc',
    help: 'clear filters, then overview',
    footer: 'Esc overview',
  },
  ...helpQuitKeys,
];
