import type { KeyPress } from '../../input/key-press.js';
import { findBinding } from '../../keys/find-binding.js';
import type { TextBufferAction, TextBufferState } from '../../text-buffer.js';
import type { PickerState, QuestionStateAction } from '../question/question-state.js';
import { pickerEdits } from './picker-edits.js';
import { pickerKeys } from './picker-keys.js';

/** What one key does in the image picker: the picker's own actions, and the edits a chosen image makes. */
export const pickerKey = (
  picker: PickerState,
  buffer: TextBufferState,
  key: KeyPress,
): { actions: QuestionStateAction[]; edits: TextBufferAction[] } => {
  const action = findBinding(pickerKeys, key)?.action;
  const none = { actions: [], edits: [] };
  if (action === 'cancel') return { actions: [{ type: 'CLOSE_PICKER' }], edits: [] };
  if (picker.loading) return none;
  const last = picker.choices.length - 1;
  switch (action) {
    case 'up':
      return { actions: [{ type: 'PICKER_SELECT', index: Math.max(0, picker.selected - 1) }], edits: [] };
    case 'down':
      return {
        actions: [{ type: 'PICKER_SELECT', index: Math.max(0, Math.min(last, picker.selected + 1)) }],
        edits: [],
      };
    case 'insert': {
      const choice = picker.choices[picker.selected];
      if (choice === undefined) return none;
      return { actions: [{ type: 'CLOSE_PICKER' }], edits: pickerEdits(buffer, choice) };
    }
    case undefined:
      return none;
  }
};
