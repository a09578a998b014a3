import type { KeyPress } from './input/key-press.js';
import { findBinding } from './keys/find-binding.js';
import { editorKeys } from './keys/editor-keys.js';
import type { TextBufferAction } from './text-buffer.js';

/**
 * The buffer action for one key, from the editor's key table: typed characters and pastes insert their text; keys
 * the editor leaves to the screen (Tab, Esc, Page Up/Down, other Ctrl/Alt chords, function keys) give null.
 */
export const editorKeyAction = (key: KeyPress): TextBufferAction | null => {
  const binding = findBinding(editorKeys, key);
  if (binding !== undefined) return binding.action;
  if (key.ctrl || key.meta || key.text === '') return null;
  return { type: 'insert', text: key.text };
};
