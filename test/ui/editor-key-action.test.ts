import { describe, expect, it } from 'vitest';
import { editorKeyAction } from '../../src/ui/editor-key-action.js';
import { keyOf } from '../helpers/keys-of.js';

const action = (sequence: string) => editorKeyAction(keyOf(sequence));

describe('editorKeyAction', () => {
  it('should insert typed characters and the text of a paste', () => {
    expect(action('a')).toEqual({ type: 'insert', text: 'a' });
    expect(action('A')).toEqual({ type: 'insert', text: 'A' });
    expect(action(' ')).toEqual({ type: 'insert', text: ' ' });
    expect(action('😀')).toEqual({ type: 'insert', text: '😀' });
    expect(action('\u001B[200~one\r\ntwo\u001B[201~')).toEqual({ type: 'insert', text: 'one\r\ntwo' });
  });

  it('should make Return a newline, from a terminal and from a keypad', () => {
    expect(action('\r')).toEqual({ type: 'newline' });
    expect(action('\u001BOM')).toEqual({ type: 'newline' });
  });

  it('should map arrows, Home and End to moves, with Ctrl or Alt for words', () => {
    expect(action('\u001B[D')).toEqual({ type: 'move', dir: 'left' });
    expect(action('\u001B[C')).toEqual({ type: 'move', dir: 'right' });
    expect(action('\u001B[A')).toEqual({ type: 'move', dir: 'up' });
    expect(action('\u001B[B')).toEqual({ type: 'move', dir: 'down' });
    expect(action('\u001B[H')).toEqual({ type: 'move', dir: 'home' });
    expect(action('\u001B[1~')).toEqual({ type: 'move', dir: 'home' });
    expect(action('\u001B[F')).toEqual({ type: 'move', dir: 'end' });
    expect(action('\u001B[4~')).toEqual({ type: 'move', dir: 'end' });
    expect(action('\u001B[1;5D')).toEqual({ type: 'move', dir: 'wordLeft' });
    expect(action('\u001B[1;3D')).toEqual({ type: 'move', dir: 'wordLeft' });
    expect(action('\u001B\u001B[D')).toEqual({ type: 'move', dir: 'wordLeft' });
    expect(action('\u001B[1;5C')).toEqual({ type: 'move', dir: 'wordRight' });
    expect(action('\u001B[1;3C')).toEqual({ type: 'move', dir: 'wordRight' });
  });

  it('should take macOS Option+Left/Right (Alt+b, Alt+f) as word moves', () => {
    expect(action('\u001Bb')).toEqual({ type: 'move', dir: 'wordLeft' });
    expect(action('\u001Bf')).toEqual({ type: 'move', dir: 'wordRight' });
  });

  it('should tell Backspace from Delete', () => {
    expect(action('\u007F')).toEqual({ type: 'backspace' });
    expect(action('\b')).toEqual({ type: 'backspace' });
    expect(action('\u001B[3~')).toEqual({ type: 'delete' });
    expect(action('\u0004')).toEqual({ type: 'delete' });
  });

  it('should delete a word back on Ctrl+W and Alt+Backspace, forward on Alt+D and Ctrl+Delete', () => {
    expect(action('\u0017')).toEqual({ type: 'deleteWordBack' });
    expect(action('\u001B\u007F')).toEqual({ type: 'deleteWordBack' });
    expect(action('\u001Bd')).toEqual({ type: 'deleteWordForward' });
    expect(action('\u001B[3;5~')).toEqual({ type: 'deleteWordForward' });
  });

  it('should delete to the line start on Ctrl+U and to its end on Ctrl+K', () => {
    expect(action('\u0015')).toEqual({ type: 'deleteToLineStart' });
    expect(action('\u000B')).toEqual({ type: 'deleteToLineEnd' });
  });

  it('should undo and redo on Ctrl+Z and Ctrl+Y', () => {
    expect(action('\u001A')).toEqual({ type: 'undo' });
    expect(action('\u0019')).toEqual({ type: 'redo' });
  });

  it('should leave Tab, Esc, Page keys, function keys and other chords to the screen', () => {
    for (const sequence of [
      '\t',
      '\u001B[Z',
      '\u001B',
      '\u001B[5~',
      '\u001B[6~',
      '\u0013',
      '\u0014',
      '\u001Bx',
    ]) {
      expect(action(sequence)).toBeNull();
    }
    for (const sequence of ['\u001BOP', '\u001B[1;5P', '\u001B[15~', '\u001B[24;2~', '\u001B[2~']) {
      expect(action(sequence)).toBeNull();
    }
  });

  it('should type nothing for unknown sequences and an empty paste', () => {
    expect(action('\u001B[99~')).toBeNull();
    expect(action('\u001B[<0;3;4M')).toBeNull();
    expect(action('\u001B[200~\u001B[201~')).toBeNull();
    expect(action('\u0085')).toBeNull();
  });
});
