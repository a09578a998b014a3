import type { KeyBinding } from '../../keys/key-binding.js';

/** What the question screen's own keys do (the editor's are in `editor`). */
export type QuestionAction =
  | 'next'
  | 'previous'
  | 'save'
  | 'overview'
  | 'example'
  | 'image'
  | 'editor'
  | 'restore'
  | 'compare'
  | 'preview'
  | 'warnings';

/** The question screen's own keys (the editor's are in `editorKeys`). */
export const questionKeys: readonly KeyBinding<QuestionAction>[] = [
  { keys: ['tab', 'pagedown'], action: 'next', label: 'Tab/PgDn', help: 'next', footer: 'Tab ⇧Tab move' },
  { keys: ['shift+tab', 'pageup'], action: 'previous', label: 'Shift+Tab/PgUp', help: 'previous' },
  { keys: ['ctrl+s'], action: 'save', label: 'Ctrl+S', help: 'save', footer: '^S save' },
  {
    keys: ['escape'],
    action: 'overview',
    label: 'Esc',
    help: 'overview (writes the answer if changed)',
    footer: 'Esc back',
  },
  {
    keys: ['ctrl+r'],
    action: 'restore',
    label: 'Ctrl+R',
    help: 'the file’s answer (drops a draft; undoable)',
  },
  {
    keys: ['ctrl+o'],
    action: 'compare',
    label: 'Ctrl+O',
    help: 'your draft beside the file’s new answer',
  },
  {
    keys: ['ctrl+t'],
    action: 'example',
    label: 'Ctrl+T',
    help: 'show or hide the example',
    footer: '^T example',
  },
  {
    keys: ['ctrl+g'],
    action: 'image',
    label: 'Ctrl+G',
    help: 'insert an image from figures/',
    footer: '^G image',
  },
  {
    keys: ['ctrl+e'],
    action: 'editor',
    label: 'Ctrl+E',
    help: 'edit in $VISUAL/$EDITOR',
    footer: '^E editor',
  },
  {
    keys: ['ctrl+p'],
    action: 'preview',
    label: 'Ctrl+P',
    help: 'open the graded page (report.py html) at this question',
  },
  {
    keys: ['ctrl+l'],
    action: 'warnings',
    label: 'Ctrl+L',
    help: 'every warning of the answer, with its fix',
  },
];
