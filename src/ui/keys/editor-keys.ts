import type { KeyBinding } from './key-binding.js';
import type { TextBufferAction } from '../text-buffer.js';

/** The text editor's keys, each one a text buffer action: the answer editor's, and the checklist filter's. */
export const editorKeys: readonly KeyBinding<TextBufferAction>[] = [
  { keys: [], action: { type: 'insert', text: '' }, label: 'type, paste', help: 'insert text' },
  { keys: ['return'], action: { type: 'newline' }, label: 'Enter', help: 'new line' },
  { keys: ['left'], action: { type: 'move', dir: 'left' }, label: '←→↑↓', help: 'move' },
  { keys: ['right'], action: { type: 'move', dir: 'right' } },
  { keys: ['up'], action: { type: 'move', dir: 'up' } },
  { keys: ['down'], action: { type: 'move', dir: 'down' } },
  {
    keys: ['ctrl+left', 'alt+left', 'alt+b'],
    action: { type: 'move', dir: 'wordLeft' },
    label: 'Ctrl/Alt+←→',
    help: 'by word',
  },
  {
    keys: ['ctrl+right', 'alt+right', 'alt+f'],
    action: { type: 'move', dir: 'wordRight' },
  },
  { keys: ['home'], action: { type: 'move', dir: 'home' }, label: 'Home/End', help: 'line start/end' },
  { keys: ['end'], action: { type: 'move', dir: 'end' } },
  { keys: ['backspace'], action: { type: 'backspace' }, label: 'Backspace', help: 'delete left' },
  { keys: ['delete', 'ctrl+d'], action: { type: 'delete' }, label: 'Delete', help: 'delete right' },
  {
    keys: ['ctrl+w', 'alt+backspace'],
    action: { type: 'deleteWordBack' },
    label: 'Ctrl+W/Alt+Backspace',
    help: 'delete word left',
  },
  {
    keys: ['alt+d', 'ctrl+delete'],
    action: { type: 'deleteWordForward' },
    label: 'Alt+D/Ctrl+Delete',
    help: 'delete word right',
  },
  {
    keys: ['ctrl+u'],
    action: { type: 'deleteToLineStart' },
    label: 'Ctrl+U',
    help: 'delete to line start',
  },
  { keys: ['ctrl+k'], action: { type: 'deleteToLineEnd' }, label: 'Ctrl+K', help: 'delete to line end' },
  { keys: ['ctrl+z'], action: { type: 'undo' }, label: 'Ctrl+Z/Ctrl+Y', help: 'undo/redo' },
  { keys: ['ctrl+y'], action: { type: 'redo' } },
];
