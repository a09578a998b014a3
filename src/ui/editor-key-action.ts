import type { Key } from 'ink';
import type { TextBufferAction } from './text-buffer.js';

// What Ink leaves of bracketed-paste markers once it has stripped the escape.
const pasteMarker = /^\[20[01]~$/;

/**
 * The buffer action for one key as Ink's `useInput` reports it, or null for keys the editor leaves to the
 * screen (Tab, Esc, Page Up/Down, other Ctrl/Meta chords). `raw` is the unparsed sequence: Ink reports
 * both Backspace (`\x7f`) and Delete (`\x1b[3~`) as `key.delete`.
 */
export const editorKeyAction = (input: string, key: Key, raw = ''): TextBufferAction | null => {
  if (key.return) return { type: 'newline' };
  if (key.leftArrow) return { type: 'move', dir: key.ctrl || key.meta ? 'wordLeft' : 'left' };
  if (key.rightArrow) return { type: 'move', dir: key.ctrl || key.meta ? 'wordRight' : 'right' };
  if (key.upArrow) return { type: 'move', dir: 'up' };
  if (key.downArrow) return { type: 'move', dir: 'down' };
  if (key.home) return { type: 'move', dir: 'home' };
  if (key.end) return { type: 'move', dir: 'end' };
  if (key.backspace) return { type: 'backspace' };
  if (key.delete) return raw.startsWith('\u001B[3') ? { type: 'delete' } : { type: 'backspace' };
  if (key.tab || key.escape || key.pageUp || key.pageDown) return null;
  if (key.ctrl) {
    if (input === 'z') return { type: 'undo' };
    if (input === 'y') return { type: 'redo' };
    if (input === 'd') return { type: 'delete' };
    return null;
  }
  if (key.meta) {
    // macOS terminals send Option+Left/Right as Meta+b / Meta+f.
    if (input === 'b') return { type: 'move', dir: 'wordLeft' };
    if (input === 'f') return { type: 'move', dir: 'wordRight' };
    return null;
  }
  if (input === '' || pasteMarker.test(input)) return null;
  return { type: 'insert', text: input };
};
