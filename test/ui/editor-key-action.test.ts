import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import { editorKeyAction } from '../../src/ui/editor-key-action.js';

const none: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
};
const key = (flags: Partial<Key>): Key => ({ ...none, ...flags });

describe('editorKeyAction', () => {
  it('should insert typed and pasted text as it comes', () => {
    expect(editorKeyAction('a', none)).toEqual({ type: 'insert', text: 'a' });
    expect(editorKeyAction('one\rtwo', none)).toEqual({ type: 'insert', text: 'one\rtwo' });
  });

  it('should make Return a newline', () => {
    expect(editorKeyAction('\r', key({ return: true }))).toEqual({ type: 'newline' });
  });

  it('should map arrows, Home and End to moves, with Ctrl or Meta for words', () => {
    expect(editorKeyAction('', key({ leftArrow: true }))).toEqual({ type: 'move', dir: 'left' });
    expect(editorKeyAction('', key({ leftArrow: true, ctrl: true }))).toEqual({
      type: 'move',
      dir: 'wordLeft',
    });
    expect(editorKeyAction('', key({ rightArrow: true, meta: true }))).toEqual({
      type: 'move',
      dir: 'wordRight',
    });
    expect(editorKeyAction('', key({ upArrow: true }))).toEqual({ type: 'move', dir: 'up' });
    expect(editorKeyAction('', key({ downArrow: true }))).toEqual({ type: 'move', dir: 'down' });
    expect(editorKeyAction('', key({ home: true }))).toEqual({ type: 'move', dir: 'home' });
    expect(editorKeyAction('', key({ end: true }))).toEqual({ type: 'move', dir: 'end' });
  });

  it('should map macOS Option+Left/Right (Meta+b, Meta+f) to word moves', () => {
    expect(editorKeyAction('b', key({ meta: true }))).toEqual({ type: 'move', dir: 'wordLeft' });
    expect(editorKeyAction('f', key({ meta: true }))).toEqual({ type: 'move', dir: 'wordRight' });
  });

  it('should tell Backspace from Delete by the raw sequence', () => {
    expect(editorKeyAction('', key({ delete: true }), '\u007F')).toEqual({ type: 'backspace' });
    expect(editorKeyAction('', key({ delete: true }), '\u001B[3~')).toEqual({ type: 'delete' });
    expect(editorKeyAction('', key({ backspace: true }), '\b')).toEqual({ type: 'backspace' });
    expect(editorKeyAction('d', key({ ctrl: true }))).toEqual({ type: 'delete' });
  });

  it('should map Ctrl+Z and Ctrl+Y to undo and redo', () => {
    expect(editorKeyAction('z', key({ ctrl: true }))).toEqual({ type: 'undo' });
    expect(editorKeyAction('y', key({ ctrl: true }))).toEqual({ type: 'redo' });
  });

  it('should leave navigation keys and other chords to the screen', () => {
    expect(editorKeyAction('', key({ tab: true }))).toBeNull();
    expect(editorKeyAction('', key({ tab: true, shift: true }))).toBeNull();
    expect(editorKeyAction('', key({ escape: true, meta: true }))).toBeNull();
    expect(editorKeyAction('', key({ pageDown: true }))).toBeNull();
    expect(editorKeyAction('s', key({ ctrl: true }))).toBeNull();
    expect(editorKeyAction('x', key({ meta: true }))).toBeNull();
  });

  it('should ignore bracketed-paste markers and empty input', () => {
    expect(editorKeyAction('[200~', none)).toBeNull();
    expect(editorKeyAction('[201~', none)).toBeNull();
    expect(editorKeyAction('', none)).toBeNull();
  });
});
