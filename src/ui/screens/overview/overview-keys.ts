import type { KeyBinding } from '../../keys/key-binding.js';
import type { SelectionMove } from '../../move-selection.js';
import { helpQuitKeys } from '../../keys/help-quit-keys.js';
import { pageKeys } from '../../keys/page-keys.js';

/** What the overview's keys do. */
export type OverviewAction =
  | SelectionMove
  | 'nextFailing'
  | 'previousFailing'
  | 'digit'
  | 'open'
  | 'checklist'
  | 'parity'
  | 'handin'
  | 'resolve'
  | 'help'
  | 'quit';

const digits = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** The overview's keys: the key handler, its footer, help and the README read this table. */
export const overviewKeys: readonly KeyBinding<OverviewAction>[] = [
  { keys: ['up', 'k'], action: 'up', label: '↑↓', help: 'select', footer: true },
  { keys: ['down', 'j'], action: 'down' },
  { keys: ['return', 'right'], action: 'open', label: 'Enter', help: 'open', footer: true },
  ...pageKeys('first/last question'),
  {
    keys: ['n'],
    action: 'nextFailing',
    label: 'n/N',
    help: 'next/previous failing question',
    footer: 'n/N failing',
  },
  { keys: ['N'], action: 'previousFailing' },
  { keys: digits, action: 'digit', label: '1-9', help: 'go to a question (1 2 for 12)' },
  { keys: ['c'], action: 'checklist', label: 'c', help: 'checklist', footer: true },
  { keys: ['p'], action: 'parity', label: 'p', help: 'run your report.py beside report-wizard' },
  { keys: ['h'], action: 'handin', label: 'h', help: 'hand-in: what staff would grade now' },
  { keys: ['r'], action: 'resolve', label: 'r', help: 'resolve the report’s merge conflicts' },
  ...helpQuitKeys,
];
