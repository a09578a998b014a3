import type { KeyBinding } from '../../keys/key-binding.js';

/** What the image picker's keys do. */
export type PickerAction = 'up' | 'down' | 'insert' | 'cancel';

/** The image picker's keys. */
export const pickerKeys: readonly KeyBinding<PickerAction>[] = [
  { keys: ['up', 'k'], action: 'up', label: '↑↓', help: 'select', footer: true },
  { keys: ['down', 'j'], action: 'down' },
  {
    keys: ['return'],
    action: 'insert',
    label: 'Enter',
    help: 'insert the link at the cursor',
    footer: true,
  },
  { keys: ['escape'], action: 'cancel', label: 'Esc', help: 'back to the text', footer: true },
];
