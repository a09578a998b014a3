import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createKeyParser } from '../../../src/ui/input/create-key-parser.js';
import { keyId } from '../../../src/ui/input/key-id.js';
import type { KeyPress } from '../../../src/ui/input/key-press.js';
import { keysOf } from '../../helpers/keys-of.js';

const ids = (...chunks: string[]): string[] => keysOf(...chunks).map(keyId);

describe('createKeyParser', () => {
  it('should split a chunk of several keys into one key each', () => {
    expect(ids('\t\t\t')).toEqual(['tab', 'tab', 'tab']);
    expect(ids('\u007F\u007F\u007F')).toEqual(['backspace', 'backspace', 'backspace']);
    expect(ids('ab\u001B[Bc\r')).toEqual(['a', 'b', 'down', 'c', 'return']);
  });

  it('should read printable characters as themselves, one code point at a time', () => {
    expect(keysOf('aN é😀')).toEqual([
      { name: 'a', text: 'a', ctrl: false, meta: false, shift: false, sequence: 'a' },
      { name: 'N', text: 'N', ctrl: false, meta: false, shift: true, sequence: 'N' },
      { name: 'space', text: ' ', ctrl: false, meta: false, shift: false, sequence: ' ' },
      { name: 'é', text: 'é', ctrl: false, meta: false, shift: false, sequence: 'é' },
      { name: '😀', text: '😀', ctrl: false, meta: false, shift: false, sequence: '😀' },
    ]);
  });

  it('should read C0 controls as Ctrl keys, with Tab, Return, Backspace and Esc named', () => {
    expect(ids('\u0001\u0017\u001A\u0000\u001C\u001F')).toEqual([
      'ctrl+a',
      'ctrl+w',
      'ctrl+z',
      'ctrl+space',
      'ctrl+\\',
      'ctrl+_',
    ]);
    expect(ids('\t\r\b\u007F\n')).toEqual(['tab', 'return', 'backspace', 'backspace', 'return']);
  });

  it('should read CSI cursor and editing keys with their xterm modifiers', () => {
    expect(ids('\u001B[A\u001B[B\u001B[C\u001B[D\u001B[H\u001B[F\u001B[E')).toEqual([
      'up',
      'down',
      'right',
      'left',
      'home',
      'end',
      'clear',
    ]);
    expect(ids('\u001B[1;2A\u001B[1;3B\u001B[1;5C\u001B[1;6D\u001B[1;7H\u001B[1;9F')).toEqual([
      'shift+up',
      'alt+down',
      'ctrl+right',
      'ctrl+shift+left',
      'ctrl+alt+home',
      'alt+end',
    ]);
    expect(ids('\u001B[1~\u001B[2~\u001B[3~\u001B[4~\u001B[5~\u001B[6~\u001B[7~\u001B[8~')).toEqual([
      'home',
      'insert',
      'delete',
      'end',
      'pageup',
      'pagedown',
      'home',
      'end',
    ]);
    expect(ids('\u001B[3;5~\u001B[5;3~\u001B[Z')).toEqual(['ctrl+delete', 'alt+pageup', 'shift+tab']);
  });

  it('should read function keys of xterm, VT220, the Linux console and with modifiers (Ctrl+F1 too)', () => {
    expect(ids('\u001BOP\u001BOQ\u001BOR\u001BOS')).toEqual(['f1', 'f2', 'f3', 'f4']);
    expect(ids('\u001B[11~\u001B[15~\u001B[17~\u001B[21~\u001B[23~\u001B[24~')).toEqual([
      'f1',
      'f5',
      'f6',
      'f10',
      'f11',
      'f12',
    ]);
    expect(ids('\u001B[[A\u001B[[E')).toEqual(['f1', 'f5']);
    expect(ids('\u001B[1;5P\u001B[1;5Q\u001B[1;5R\u001B[1;5S\u001B[15;2~\u001BO5P')).toEqual([
      'ctrl+f1',
      'ctrl+f2',
      'ctrl+f3',
      'ctrl+f4',
      'shift+f5',
      'ctrl+f1',
    ]);
  });

  it('should read SS3 cursor keys and keypad Enter', () => {
    expect(ids('\u001BOA\u001BOD\u001BOH\u001BOF\u001BOM')).toEqual(['up', 'left', 'home', 'end', 'return']);
  });

  it('should read Alt as ESC before a key, an escape sequence or a control', () => {
    expect(ids('\u001Bd\u001BD\u001B\u007F\u001B\r\u001B\u0017\u001B\u001B[A')).toEqual([
      'alt+d',
      'alt+D',
      'alt+backspace',
      'alt+return',
      'ctrl+alt+w',
      'alt+up',
    ]);
    expect(keysOf('\u001Bd')[0]!.text).toBe('');
    expect(ids('\u001B\u001Bq\u001B\u001BOA')).toEqual(['escape', 'alt+q', 'alt+up']);
  });

  it('should read CSI u and modifyOtherKeys encodings of Ctrl and Alt chords', () => {
    expect(ids('\u001B[119;5u\u001B[27;5;119~\u001B[100;3u\u001B[97u')).toEqual([
      'ctrl+w',
      'ctrl+w',
      'alt+d',
      'a',
    ]);
  });

  it('should keep a bracketed paste as one key with its text, escapes and line breaks included', () => {
    expect(keysOf('x\u001B[200~a\u001B[Ab\r\n\tc\u001B[201~y')).toEqual([
      { name: 'x', text: 'x', ctrl: false, meta: false, shift: false, sequence: 'x' },
      {
        name: 'paste',
        text: 'a\u001B[Ab\r\n\tc',
        ctrl: false,
        meta: false,
        shift: false,
        sequence: '\u001B[200~a\u001B[Ab\r\n\tc\u001B[201~',
      },
      { name: 'y', text: 'y', ctrl: false, meta: false, shift: false, sequence: 'y' },
    ]);
  });

  it('should wait for the end of a paste over several chunks, even a flush', () => {
    const parser = createKeyParser();
    expect(parser.push('\u001B[200~one ')).toEqual([]);
    expect(parser.flush()).toEqual([]);
    expect(parser.push('two\u001B[20')).toEqual([]);
    expect(parser.pending()).toBe(false);
    expect(parser.push('1~').map((k) => k.text)).toEqual(['one two']);
  });

  it('should read unknown sequences as an unknown key that types nothing', () => {
    const keys = keysOf('\u001B[99~\u001B[<0;3;4M\u001B[?1;2c\u001B[I\u001B[O\u0085\u009B');
    expect(keys.map((k) => k.name)).toEqual([
      'unknown',
      'unknown',
      'unknown',
      'unknown',
      'unknown',
      'unknown',
      'unknown',
    ]);
    expect(keys.every((k) => k.text === '')).toBe(true);
  });

  it('should ignore a stray end-of-paste marker', () => {
    expect(ids('a\u001B[201~b')).toEqual(['a', 'b']);
  });

  it('should hold an escape sequence cut at a chunk end until the rest comes', () => {
    const parser = createKeyParser();
    expect(parser.push('a\u001B[1;')).toHaveLength(1);
    expect(parser.pending()).toBe(true);
    expect(parser.push('5P').map(keyId)).toEqual(['ctrl+f1']);
    expect(parser.pending()).toBe(false);
  });

  it('should make a lone ESC the Esc key on flush, or when the next chunk starts no sequence', () => {
    const parser = createKeyParser();
    expect(parser.push('\u001B')).toEqual([]);
    expect(parser.flush().map(keyId)).toEqual(['escape']);
    expect(parser.push('\u001B')).toEqual([]);
    expect(parser.push('q').map(keyId)).toEqual(['escape', 'q']);
    expect(parser.push('\u001B')).toEqual([]);
    expect(parser.push('[A').map(keyId)).toEqual(['up']);
  });

  it('should drop an unfinished sequence on flush without typing it', () => {
    const parser = createKeyParser();
    parser.push('\u001B[1;');
    expect(parser.flush().map((k) => [k.name, k.text])).toEqual([['unknown', '']]);
  });

  it('should drop the late rest of a sequence dropped on flush, and type what follows it', () => {
    const parser = createKeyParser();
    parser.push('\u001B[1');
    parser.flush();
    expect(parser.push(';').map(keyId)).toEqual([]);
    expect(parser.push('7Rab').map(keyId)).toEqual(['a', 'b']);
    parser.push('\u001BO');
    expect(parser.flush().map(keyId)).toEqual(['alt+O']);
    expect(parser.push('x').map(keyId)).toEqual(['x']);
  });

  it('should say whether a lone ESC or the start of a sequence is waiting', () => {
    const parser = createKeyParser();
    expect(parser.waiting()).toBeNull();
    parser.push('\u001B');
    expect(parser.waiting()).toBe('escape');
    parser.push('[1');
    expect(parser.waiting()).toBe('sequence');
    parser.push('~');
    expect(parser.waiting()).toBeNull();
    parser.push('\u001B[200~abc');
    expect(parser.waiting()).toBeNull();
  });

  it('should give the same keys however the input is cut into chunks', () => {
    const input =
      'ab\u001B[1;5P\u001B[Ac\u001B[200~p\u001B[Aq\u001B[201~é😀\u001Bd\u001B\u007F\u001B[3;5~\u0017\r\n\t\u001BOP\u001B[[A\u001B[119;5u';
    const whole = keysOf(input);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: input.length - 1 }), { maxLength: 12 }),
        (cuts) => {
          const points = [0, ...[...cuts].sort((a, b) => a - b), input.length];
          // Cut between code units but never inside a surrogate pair, as Node's string decoder never does.
          const chunks = points.slice(1).map((end, i) => input.slice(points[i], end));
          if (chunks.some((c) => /^[\uDC00-\uDFFF]/.test(c))) return;
          // A terminal writes Alt+key as one chunk: a chunk ending in ESC before a plain key is the Esc key.
          if (
            chunks.some(
              (c, i) => c.endsWith('\u001B') && !['[', 'O', '\u001B'].includes((chunks[i + 1] ?? '[')[0]!),
            )
          )
            return;
          const parser = createKeyParser();
          const keys: KeyPress[] = chunks.flatMap((chunk) => parser.push(chunk));
          keys.push(...parser.flush());
          expect(keys).toEqual(whole);
        },
      ),
    );
  });

  it('should never throw and never type a control character, whatever the bytes', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string({
              unit: fc.constantFrom(
                '\u001B',
                '[',
                'O',
                ';',
                '1',
                '5',
                '~',
                'P',
                'A',
                '\u007F',
                '\r',
                'x',
                '2',
                '0',
              ),
            }),
            fc.string({ unit: 'binary' }),
          ),
          { maxLength: 8 },
        ),
        (chunks) => {
          const parser = createKeyParser();
          const keys = [...chunks.flatMap((chunk) => parser.push(chunk)), ...parser.flush()];
          for (const key of keys) {
            if (key.name === 'paste') continue;
            const controls = [...key.text].filter(
              (c) => c.charCodeAt(0) < 0x20 || (c >= '\u007F' && c <= '\u009F'),
            );
            expect(controls).toEqual([]);
          }
        },
      ),
    );
  });
});
