import type { KeyBinding } from '../../keys/key-binding.js';

/** What the keys of the question asked before writing text report.py would misread do. */
export type HazardAction = 'write' | 'edit';

/** The keys of the question asked before writing text report.py would misread. */
export const hazardKeys: readonly KeyBinding<HazardAction>[] = [
  { keys: ['y'], action: 'write', label: 'y', help: 'write it anyway', footer: true },
  {
    keys: ['n', 'escape'],
    action: 'edit',
    label: 'n/Esc',
    help: 'keep editing (nothing written)',
    footer: true,
  },
];
