import type { TextBufferAction } from '../text-buffer.js';
import type { KeyBinding } from './key-binding.js';

/** What the overview's keys do. */
export type OverviewAction =
  | 'up'
  | 'down'
  | 'pageUp'
  | 'pageDown'
  | 'first'
  | 'last'
  | 'nextFailing'
  | 'previousFailing'
  | 'digit'
  | 'open'
  | 'checklist'
  | 'parity'
  | 'help'
  | 'quit';

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
  | 'preview'
  | 'warnings';

/** What the parity screen's keys do. */
export type ParityAction =
  'up' | 'down' | 'pageUp' | 'pageDown' | 'first' | 'last' | 'rerun' | 'back' | 'help' | 'quit';

/** What the checklist's keys do. */
export type ChecklistAction =
  | 'up'
  | 'down'
  | 'pageUp'
  | 'pageDown'
  | 'first'
  | 'last'
  | 'toggle'
  | 'tickAll'
  | 'undoTickAll'
  | 'filter'
  | 'onlyEvidence'
  | 'onlyNoTrace'
  | 'back'
  | 'help'
  | 'quit';

/** What the filter line's own keys do (editing keys are the editor's). */
export type FilterAction = 'edit' | 'keep' | 'clear';

/** What the keys of the screen for a draft whose answer changed in the file do. */
export type ConflictAction = 'file' | 'draft' | 'help';

/** What the quit prompt's keys do. */
export type QuitAction = 'write' | 'discard' | 'stay';

/** What the image picker's keys do. */
export type PickerAction = 'up' | 'down' | 'insert' | 'cancel';

/** What the keys of the list of an answer's warnings do. */
export type WarningsAction = 'up' | 'down' | 'pageUp' | 'pageDown' | 'close';

/** Keys every screen answers to. */
export type GlobalAction = 'quit' | 'help';

// Checks each table's actions against its type.
const table = <A>(bindings: KeyBinding<A>[]): readonly KeyBinding<A>[] => bindings;

const digits = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

/**
 * Every key of the wizard, one table per screen: the key handlers, the footers, the `?` help and the README's key
 * table all come from here.
 */
export const keyTables = {
  global: table<GlobalAction>([
    { keys: ['ctrl+c'], action: 'quit', label: 'Ctrl+C', help: 'quit (asks about unwritten text)' },
    { keys: ['f1'], action: 'help', label: 'F1', help: 'help', footer: 'F1 help' },
  ]),
  overview: table<OverviewAction>([
    { keys: ['up', 'k'], action: 'up', label: '↑↓', help: 'select', footer: true },
    { keys: ['down', 'j'], action: 'down' },
    { keys: ['return', 'right'], action: 'open', label: 'Enter', help: 'open', footer: true },
    { keys: ['pageup'], action: 'pageUp', label: 'PgUp/PgDn', help: 'page' },
    { keys: ['pagedown'], action: 'pageDown' },
    { keys: ['home'], action: 'first', label: 'Home/End', help: 'first/last question' },
    { keys: ['end'], action: 'last' },
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
    { keys: ['?'], action: 'help', label: '?', help: 'help', footer: true },
    { keys: ['q'], action: 'quit', label: 'q', help: 'quit', footer: true },
  ]),
  question: table<QuestionAction>([
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
  ]),
  editor: table<TextBufferAction>([
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
  ]),
  checklist: table<ChecklistAction>([
    { keys: ['up', 'k'], action: 'up', label: '↑↓', help: 'move', footer: true },
    { keys: ['down', 'j'], action: 'down' },
    { keys: ['pageup'], action: 'pageUp', label: 'PgUp/PgDn', help: 'page' },
    { keys: ['pagedown'], action: 'pageDown' },
    { keys: ['home'], action: 'first', label: 'Home/End', help: 'first/last item' },
    { keys: ['end'], action: 'last' },
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
    { keys: ['?'], action: 'help', label: '?', help: 'help', footer: true },
    { keys: ['q'], action: 'quit', label: 'q', help: 'quit', footer: true },
  ]),
  filter: table<FilterAction>([
    {
      keys: [],
      action: 'edit',
      label: 'type, ←→, Home/End, Backspace, Ctrl+W, Ctrl+U',
      help: 'edit the filter: words of the item, or a tag such as m17',
      footer: 'type to filter by text or tag (m17)',
    },
    { keys: ['return'], action: 'keep', label: 'Enter', help: 'keep', footer: true },
    { keys: ['escape'], action: 'clear', label: 'Esc', help: 'clear', footer: true },
  ]),
  conflict: table<ConflictAction>([
    { keys: ['f'], action: 'file', label: 'f', help: 'keep the file’s answer', footer: true },
    { keys: ['d'], action: 'draft', label: 'd', help: 'keep your draft', footer: true },
    { keys: ['?'], action: 'help', label: '?', help: 'help' },
  ]),
  quit: table<QuitAction>([
    { keys: ['y'], action: 'write', label: 'y', help: 'write and quit', footer: true },
    { keys: ['n'], action: 'discard', label: 'n', help: 'quit without writing', footer: true },
    { keys: ['escape'], action: 'stay', label: 'Esc', help: 'stay', footer: true },
  ]),
  parity: table<ParityAction>([
    { keys: ['up', 'k'], action: 'up', label: '↑↓', help: 'scroll the table', footer: '↑↓ scroll' },
    { keys: ['down', 'j'], action: 'down' },
    { keys: ['pageup'], action: 'pageUp', label: 'PgUp/PgDn', help: 'page' },
    { keys: ['pagedown'], action: 'pageDown' },
    { keys: ['home'], action: 'first', label: 'Home/End', help: 'top/bottom' },
    { keys: ['end'], action: 'last' },
    { keys: ['r'], action: 'rerun', label: 'r', help: 'run report.py again', footer: 'r run again' },
    { keys: ['escape', 'left'], action: 'back', label: 'Esc', help: 'back', footer: true },
    { keys: ['?'], action: 'help', label: '?', help: 'help', footer: true },
    { keys: ['q'], action: 'quit', label: 'q', help: 'quit', footer: true },
  ]),
  picker: table<PickerAction>([
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
  ]),
  warnings: table<WarningsAction>([
    { keys: ['up', 'k'], action: 'up', label: '↑↓', help: 'scroll', footer: true },
    { keys: ['down', 'j'], action: 'down' },
    { keys: ['pageup'], action: 'pageUp', label: 'PgUp/PgDn', help: 'page', footer: true },
    { keys: ['pagedown'], action: 'pageDown' },
    {
      keys: ['escape', 'ctrl+l'],
      action: 'close',
      label: 'Esc/Ctrl+L',
      help: 'back to the text',
      footer: true,
    },
  ]),
};
