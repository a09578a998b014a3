import type { KeyBinding } from '../../keys/key-binding.js';
import type { TextBufferAction } from '../../text-buffer.js';
import { editorKeys } from '../../keys/editor-keys.js';

/** What the filter line's own keys do: `edit` keys are the editor's, applied to the one-line filter. */
export type FilterAction = 'edit' | 'keep' | 'clear';

// The editor's keys for these edits: the filter accepts exactly these, so help lists every key it takes.
const edits = (wanted: (action: TextBufferAction) => boolean): string[] =>
  editorKeys.filter((binding) => wanted(binding.action)).flatMap((binding) => binding.keys);
const moves =
  (...dirs: string[]) =>
  (action: TextBufferAction): boolean =>
    action.type === 'move' && dirs.includes(action.dir);
const types =
  (...names: TextBufferAction['type'][]) =>
  (action: TextBufferAction): boolean =>
    names.includes(action.type);

/** The checklist filter line's keys. */
export const filterKeys: readonly KeyBinding<FilterAction>[] = [
  {
    keys: [],
    action: 'edit',
    label: 'type, paste',
    help: 'edit the filter: words of the item, or a tag such as m17',
    footer: 'type to filter by text or tag (m17)',
  },
  { keys: edits(moves('left', 'right')), action: 'edit', label: '←→', help: 'move' },
  { keys: edits(moves('wordLeft', 'wordRight')), action: 'edit', label: 'Ctrl/Alt+←→', help: 'by word' },
  { keys: edits(moves('home', 'end')), action: 'edit', label: 'Home/End', help: 'start/end' },
  { keys: edits(types('backspace', 'delete')), action: 'edit', label: 'Backspace/Delete', help: 'delete' },
  {
    keys: edits(types('deleteWordBack', 'deleteWordForward')),
    action: 'edit',
    label: 'Ctrl+W/Alt+D',
    help: 'delete a word',
  },
  {
    keys: edits(types('deleteToLineStart', 'deleteToLineEnd')),
    action: 'edit',
    label: 'Ctrl+U/Ctrl+K',
    help: 'delete to start/end',
  },
  { keys: edits(types('undo', 'redo')), action: 'edit', label: 'Ctrl+Z/Ctrl+Y', help: 'undo/redo' },
  { keys: ['return'], action: 'keep', label: 'Enter', help: 'keep', footer: true },
  { keys: ['escape'], action: 'clear', label: 'Esc', help: 'clear', footer: true },
];
