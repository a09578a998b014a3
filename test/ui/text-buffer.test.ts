import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeInput } from '../../src/ui/normalize-input.js';
import { createTextBuffer } from '../../src/ui/create-text-buffer.js';
import {
  textBuffer,
  type MoveDirection,
  type TextBufferAction,
  type TextBufferState,
} from '../../src/ui/text-buffer.js';

const run = (state: TextBufferState, ...actions: TextBufferAction[]): TextBufferState =>
  actions.reduce(textBuffer, state);

const at = (text: string, row: number, col: number): TextBufferState => ({
  ...createTextBuffer(text),
  cursor: { row, col },
});

const type = (text: string): TextBufferAction[] =>
  Array.from(text, (char) => ({ type: 'insert', text: char }));

// Grapheme cluster boundaries of a line, found here independently of the editor's own helpers.
const segmenter = new Intl.Segmenter();
const boundaries = (line: string): number[] => [
  ...Array.from(segmenter.segment(line), ({ index }) => index),
  line.length,
];

const flag = '🇩🇰';
const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
const thumb = '👍🏽';
const accented = 'e\u0301';
const jamo = '\u1100\u1161\u11A8';

const view = (state: TextBufferState): { lines: string[]; cursor: { row: number; col: number } } => ({
  lines: state.lines,
  cursor: state.cursor,
});

describe('textBuffer insert', () => {
  it('should insert a character at the cursor and move past it', () => {
    expect(view(run(at('abc', 0, 1), { type: 'insert', text: 'X' }))).toEqual({
      lines: ['aXbc'],
      cursor: { row: 0, col: 2 },
    });
  });

  it('should insert a pasted multi-line text in one action, CRLF and CR as line breaks', () => {
    expect(view(run(at('<>', 0, 1), { type: 'insert', text: 'one\r\ntwo\rthree\nfour' }))).toEqual({
      lines: ['<one', 'two', 'three', 'four>'],
      cursor: { row: 3, col: 4 },
    });
  });

  it('should drop control characters but keep tabs', () => {
    expect(view(run(at('', 0, 0), { type: 'insert', text: 'a\u0000b\u001b[Ac\td\u007f' }))).toEqual({
      lines: ['ab[Ac\td'],
      cursor: { row: 0, col: 7 },
    });
  });

  it('should count columns in UTF-16 units after an emoji', () => {
    expect(view(run(at('😀b', 0, 2), { type: 'insert', text: '🦀' }))).toEqual({
      lines: ['😀🦀b'],
      cursor: { row: 0, col: 4 },
    });
  });

  it('should leave the state unchanged when nothing is left to insert', () => {
    const state = at('abc', 0, 1);
    expect(run(state, { type: 'insert', text: '\u0007' })).toBe(state);
  });

  it('should split the line at the cursor on newline', () => {
    expect(view(run(at('abcd', 0, 2), { type: 'newline' }))).toEqual({
      lines: ['ab', 'cd'],
      cursor: { row: 1, col: 0 },
    });
  });
});

describe('textBuffer backspace and delete', () => {
  it('should delete the cluster before the cursor, a whole emoji included', () => {
    expect(view(run(at('a😀b', 0, 3), { type: 'backspace' }))).toEqual({
      lines: ['ab'],
      cursor: { row: 0, col: 1 },
    });
  });

  it('should join with the previous line at the start of a line', () => {
    expect(view(run(at('ab\ncd', 1, 0), { type: 'backspace' }))).toEqual({
      lines: ['abcd'],
      cursor: { row: 0, col: 2 },
    });
  });

  it('should do nothing at the start of the text', () => {
    const state = at('ab', 0, 0);
    expect(run(state, { type: 'backspace' })).toBe(state);
  });

  it('should delete the cluster under the cursor', () => {
    expect(view(run(at('a😀b', 0, 1), { type: 'delete' }))).toEqual({
      lines: ['ab'],
      cursor: { row: 0, col: 1 },
    });
  });

  it('should join the next line at the end of a line', () => {
    expect(view(run(at('ab\ncd', 0, 2), { type: 'delete' }))).toEqual({
      lines: ['abcd'],
      cursor: { row: 0, col: 2 },
    });
  });

  it('should do nothing at the end of the text', () => {
    const state = at('ab', 0, 2);
    expect(run(state, { type: 'delete' })).toBe(state);
  });
});

describe('textBuffer move', () => {
  const text = 'abc\nde';

  it('should move left and right across line ends', () => {
    expect(run(at(text, 1, 0), { type: 'move', dir: 'left' }).cursor).toEqual({ row: 0, col: 3 });
    expect(run(at(text, 0, 3), { type: 'move', dir: 'right' }).cursor).toEqual({ row: 1, col: 0 });
  });

  it('should stay put at the ends of the text', () => {
    expect(run(at(text, 0, 0), { type: 'move', dir: 'left' }).cursor).toEqual({ row: 0, col: 0 });
    expect(run(at(text, 1, 2), { type: 'move', dir: 'right' }).cursor).toEqual({ row: 1, col: 2 });
  });

  it('should go to the start and end of the logical line with home and end', () => {
    expect(run(at(text, 0, 1), { type: 'move', dir: 'home' }).cursor).toEqual({ row: 0, col: 0 });
    expect(run(at(text, 0, 1), { type: 'move', dir: 'end' }).cursor).toEqual({ row: 0, col: 3 });
  });

  it('should move by words', () => {
    expect(run(at('one two', 0, 0), { type: 'move', dir: 'wordRight' }).cursor).toEqual({ row: 0, col: 3 });
    expect(run(at('one two', 0, 7), { type: 'move', dir: 'wordLeft' }).cursor).toEqual({ row: 0, col: 4 });
  });

  it('should keep the preferred column over a short line', () => {
    const state = run(
      at('abcdef\nx\nabcdef', 0, 5),
      { type: 'move', dir: 'down' },
      { type: 'move', dir: 'down' },
    );
    expect([state.cursor, state.preferredCol]).toEqual([{ row: 2, col: 5 }, 5]);
  });

  it('should forget the preferred column after a horizontal move', () => {
    const state = run(at('abcdef\nx', 0, 5), { type: 'move', dir: 'down' }, { type: 'move', dir: 'left' });
    expect([state.cursor, state.preferredCol]).toEqual([{ row: 1, col: 0 }, null]);
  });

  it('should move by visual row once the buffer knows its width', () => {
    const state = run(at('one two three', 0, 1), { type: 'resize', width: 8 }, { type: 'move', dir: 'down' });
    expect(state.cursor).toEqual({ row: 0, col: 9 });
  });

  it('should end a typing run, so that undo stops at the move', () => {
    const state = run(at('', 0, 0), ...type('ab'), { type: 'move', dir: 'left' }, ...type('c'), {
      type: 'undo',
    });
    expect(view(state)).toEqual({ lines: ['ab'], cursor: { row: 0, col: 1 } });
  });
});

describe('textBuffer undo and redo', () => {
  it('should undo a run of typing within a word as one step', () => {
    const typed = run(at('', 0, 0), ...type('hello'));
    expect(typed.undo).toHaveLength(1);
    expect(view(run(typed, { type: 'undo' }))).toEqual({ lines: [''], cursor: { row: 0, col: 0 } });
  });

  it('should start a new step at each new word, the space belonging to the word before', () => {
    const typed = run(at('', 0, 0), ...type('hello  world'));
    expect(view(run(typed, { type: 'undo' }))).toEqual({ lines: ['hello  '], cursor: { row: 0, col: 7 } });
    expect(view(run(typed, { type: 'undo' }, { type: 'undo' }))).toEqual({
      lines: [''],
      cursor: { row: 0, col: 0 },
    });
  });

  it('should undo a paste as one step', () => {
    const state = run(at('x', 0, 1), ...type('ab'), { type: 'insert', text: 'one\ntwo three' });
    expect(view(state)).toEqual({ lines: ['xabone', 'two three'], cursor: { row: 1, col: 9 } });
    expect(view(run(state, { type: 'undo' }))).toEqual({ lines: ['xab'], cursor: { row: 0, col: 3 } });
  });

  it('should undo a newline on its own', () => {
    const state = run(at('', 0, 0), ...type('ab'), { type: 'newline' }, ...type('cd'), { type: 'undo' });
    expect(view(state)).toEqual({ lines: ['ab', ''], cursor: { row: 1, col: 0 } });
    expect(view(run(state, { type: 'undo' }))).toEqual({ lines: ['ab'], cursor: { row: 0, col: 2 } });
  });

  it('should undo a run of backspaces as one step', () => {
    const state = run(at('abcd', 0, 4), { type: 'backspace' }, { type: 'backspace' }, { type: 'backspace' });
    expect(view(state)).toEqual({ lines: ['a'], cursor: { row: 0, col: 1 } });
    expect(view(run(state, { type: 'undo' }))).toEqual({ lines: ['abcd'], cursor: { row: 0, col: 4 } });
  });

  it('should keep typing and deleting in separate steps', () => {
    const state = run(at('', 0, 0), ...type('abc'), { type: 'backspace' }, { type: 'undo' });
    expect(view(state)).toEqual({ lines: ['abc'], cursor: { row: 0, col: 3 } });
  });

  it('should redo what was undone, and forget redo after a new edit', () => {
    const undone = run(at('', 0, 0), ...type('ab'), { type: 'undo' });
    expect(view(run(undone, { type: 'redo' }))).toEqual({ lines: ['ab'], cursor: { row: 0, col: 2 } });
    const edited = run(undone, ...type('z'));
    expect(edited.redo).toEqual([]);
    expect(run(edited, { type: 'redo' })).toBe(edited);
  });

  it('should leave the state unchanged when there is nothing to undo', () => {
    const state = at('ab', 0, 1);
    expect(run(state, { type: 'undo' })).toBe(state);
  });

  it('should remember at most 200 steps', () => {
    const state = run(at('', 0, 0), ...Array.from({ length: 250 }, () => ({ type: 'newline' }) as const));
    expect(state.undo).toHaveLength(200);
    expect(state.undo[0]?.lines).toHaveLength(51);
  });
});

describe('textBuffer setText and resize', () => {
  it('should replace the text, put the cursor at its end, and be undoable', () => {
    const state = run(at('old', 0, 1), { type: 'setText', text: 'new\r\ntext' });
    expect(view(state)).toEqual({ lines: ['new', 'text'], cursor: { row: 1, col: 4 } });
    expect(view(run(state, { type: 'undo' }))).toEqual({ lines: ['old'], cursor: { row: 0, col: 1 } });
  });

  it('should leave the state unchanged when the text is the same', () => {
    const state = at('a\nb', 0, 1);
    expect(run(state, { type: 'setText', text: 'a\r\nb' })).toBe(state);
  });

  it('should record the wrap width and clear the preferred column', () => {
    const state = run({ ...at('abc', 0, 1), preferredCol: 3 }, { type: 'resize', width: 40 });
    expect([state.wrapWidth, state.preferredCol]).toEqual([40, null]);
  });
});

const arbitraryAction = fc.oneof(
  fc
    .string({
      unit: fc.constantFrom(
        'a',
        ' ',
        '😀',
        '\n',
        '\r\n',
        'é',
        '中',
        flag,
        '🇸',
        family,
        thumb,
        '\u0301',
        '\u200D',
        '\u1100',
        '\u1161',
        '\u00AD',
        '\t',
        '✅',
      ),
    })
    .map((text): TextBufferAction => ({ type: 'insert', text })),
  fc.constantFrom<TextBufferAction>(
    { type: 'newline' },
    { type: 'backspace' },
    { type: 'delete' },
    { type: 'undo' },
    { type: 'redo' },
    { type: 'deleteWordBack' },
    { type: 'deleteWordForward' },
    { type: 'deleteToLineStart' },
    { type: 'deleteToLineEnd' },
  ),
  fc
    .constantFrom<MoveDirection>('left', 'right', 'up', 'down', 'home', 'end', 'wordLeft', 'wordRight')
    .map((dir): TextBufferAction => ({ type: 'move', dir })),
  fc.integer({ min: 1, max: 12 }).map((width): TextBufferAction => ({ type: 'resize', width })),
);

describe('textBuffer properties', () => {
  it('should keep lines free of line breaks and the cursor on a cluster boundary', () => {
    fc.assert(
      fc.property(fc.array(arbitraryAction, { maxLength: 60 }), (actions) => {
        const state = run(createTextBuffer(`start 😀 ${flag}${family}\n${accented}${jamo} end`), ...actions);
        const line = state.lines[state.cursor.row];
        expect(line).toBeDefined();
        expect(state.lines.every((text) => !/[\r\n]/.test(text))).toBe(true);
        expect(boundaries(line ?? '')).toContain(state.cursor.col);
      }),
    );
  });

  it('should change nothing outside the inserted span', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.nat(), (text, inserted, offset) => {
        const clean = normalizeInput;
        const original = Array.from(clean(text));
        const cut = offset % (original.length + 1);
        const beforeText = original.slice(0, cut).join('');
        const beforeLines = beforeText.split('\n');
        const row = beforeLines.length - 1;
        const col = (beforeLines[row] ?? '').length;
        const state = run(at(original.join(''), row, col), { type: 'insert', text: inserted });
        expect(state.lines.join('\n')).toBe(beforeText + clean(inserted) + original.slice(cut).join(''));
      }),
    );
  });

  it('should come back to the original text after undoing every step', () => {
    fc.assert(
      fc.property(fc.array(arbitraryAction, { maxLength: 40 }), (actions) => {
        const edited = run(createTextBuffer('start\nend'), ...actions);
        const undone = run(edited, ...edited.undo.map(() => ({ type: 'undo' }) as const));
        expect(undone.lines).toEqual(['start', 'end']);
      }),
    );
  });
});

describe('textBuffer deleteWordBack (Ctrl+W, Alt+Backspace)', () => {
  it('should delete the word before the cursor, leaving the space before it', () => {
    expect(view(run(at('one two three', 0, 13), { type: 'deleteWordBack' }))).toEqual({
      lines: ['one two '],
      cursor: { row: 0, col: 8 },
    });
  });

  it('should delete from inside a word back to its start only', () => {
    expect(view(run(at('one two', 0, 5), { type: 'deleteWordBack' }))).toEqual({
      lines: ['one wo'],
      cursor: { row: 0, col: 4 },
    });
  });

  it('should delete spaces and punctuation before the cursor together with the word before them', () => {
    expect(view(run(at('Hello, world', 0, 7), { type: 'deleteWordBack' }))).toEqual({
      lines: ['world'],
      cursor: { row: 0, col: 0 },
    });
  });

  it('should join with the previous line at the start of a line, like Backspace', () => {
    expect(view(run(at('ab\ncd', 1, 0), { type: 'deleteWordBack' }))).toEqual({
      lines: ['abcd'],
      cursor: { row: 0, col: 2 },
    });
  });

  it('should do nothing at the start of the text', () => {
    const state = at('ab', 0, 0);
    expect(run(state, { type: 'deleteWordBack' })).toBe(state);
  });

  it('should take a word with a combining accent whole', () => {
    expect(view(run(at(`caf${accented} x`, 0, 5), { type: 'deleteWordBack' }))).toEqual({
      lines: [' x'],
      cursor: { row: 0, col: 0 },
    });
  });

  it('should undo each deleted word as one step, and redo it', () => {
    const state = run(at('one two three', 0, 13), { type: 'deleteWordBack' }, { type: 'deleteWordBack' });
    expect(view(state)).toEqual({ lines: ['one '], cursor: { row: 0, col: 4 } });
    const undone = run(state, { type: 'undo' });
    expect(view(undone)).toEqual({ lines: ['one two '], cursor: { row: 0, col: 8 } });
    expect(view(run(undone, { type: 'undo' }))).toEqual({
      lines: ['one two three'],
      cursor: { row: 0, col: 13 },
    });
    expect(view(run(undone, { type: 'redo' }))).toEqual({ lines: ['one '], cursor: { row: 0, col: 4 } });
  });

  it('should keep a deleted word apart from the typing and backspaces around it in undo', () => {
    const state = run(at('one', 0, 3), ...type(' two'), { type: 'deleteWordBack' }, { type: 'backspace' });
    expect(view(state)).toEqual({ lines: ['one'], cursor: { row: 0, col: 3 } });
    expect(view(run(state, { type: 'undo' }))).toEqual({ lines: ['one '], cursor: { row: 0, col: 4 } });
    expect(view(run(state, { type: 'undo' }, { type: 'undo' }))).toEqual({
      lines: ['one two'],
      cursor: { row: 0, col: 7 },
    });
  });
});

describe('textBuffer deleteWordForward (Alt+D, Ctrl+Delete)', () => {
  it('should delete up to the end of the next word', () => {
    expect(view(run(at('one two three', 0, 3), { type: 'deleteWordForward' }))).toEqual({
      lines: ['one three'],
      cursor: { row: 0, col: 3 },
    });
  });

  it('should delete from inside a word to its end only', () => {
    expect(view(run(at('one two', 0, 1), { type: 'deleteWordForward' }))).toEqual({
      lines: ['o two'],
      cursor: { row: 0, col: 1 },
    });
  });

  it('should join with the next line at the end of a line, like Delete', () => {
    expect(view(run(at('ab\ncd', 0, 2), { type: 'deleteWordForward' }))).toEqual({
      lines: ['abcd'],
      cursor: { row: 0, col: 2 },
    });
  });

  it('should do nothing at the end of the text', () => {
    const state = at('ab', 0, 2);
    expect(run(state, { type: 'deleteWordForward' })).toBe(state);
  });

  it('should undo each deleted word as one step', () => {
    const state = run(
      at('one two three', 0, 0),
      { type: 'deleteWordForward' },
      { type: 'deleteWordForward' },
    );
    expect(view(state)).toEqual({ lines: [' three'], cursor: { row: 0, col: 0 } });
    expect(view(run(state, { type: 'undo' }))).toEqual({ lines: [' two three'], cursor: { row: 0, col: 0 } });
  });
});

describe('textBuffer deleteToLineStart (Ctrl+U) and deleteToLineEnd (Ctrl+K)', () => {
  it('should delete from the cursor to the start of the logical line', () => {
    const state = run(at('ab\ncdef', 1, 2), { type: 'deleteToLineStart' });
    expect(view(state)).toEqual({ lines: ['ab', 'ef'], cursor: { row: 1, col: 0 } });
    expect(view(run(state, { type: 'undo' }))).toEqual({ lines: ['ab', 'cdef'], cursor: { row: 1, col: 2 } });
  });

  it('should do nothing with Ctrl+U at the start of a line', () => {
    const state = at('ab\ncd', 1, 0);
    expect(run(state, { type: 'deleteToLineStart' })).toBe(state);
  });

  it('should delete from the cursor to the end of the logical line', () => {
    const state = run(at('abcdef\ngh', 0, 2), { type: 'deleteToLineEnd' });
    expect(view(state)).toEqual({ lines: ['ab', 'gh'], cursor: { row: 0, col: 2 } });
    expect(view(run(state, { type: 'undo' }))).toEqual({
      lines: ['abcdef', 'gh'],
      cursor: { row: 0, col: 2 },
    });
  });

  it('should delete the line break with Ctrl+K at the end of a line, as Emacs does', () => {
    expect(view(run(at('ab\ncd', 0, 2), { type: 'deleteToLineEnd' }))).toEqual({
      lines: ['abcd'],
      cursor: { row: 0, col: 2 },
    });
  });

  it('should do nothing with Ctrl+K at the end of the text', () => {
    const state = at('ab', 0, 2);
    expect(run(state, { type: 'deleteToLineEnd' })).toBe(state);
  });

  it('should delete to the logical line edges even when the line is soft-wrapped', () => {
    const wrapped = run(at('one two three', 0, 10), { type: 'resize', width: 8 });
    expect(view(run(wrapped, { type: 'deleteToLineStart' }))).toEqual({
      lines: ['ree'],
      cursor: { row: 0, col: 0 },
    });
    expect(view(run(wrapped, { type: 'deleteToLineEnd' }))).toEqual({
      lines: ['one two th'],
      cursor: { row: 0, col: 10 },
    });
  });

  it('should undo two Ctrl+K as two steps', () => {
    const state = run(at('ab\ncd', 0, 1), { type: 'deleteToLineEnd' }, { type: 'deleteToLineEnd' });
    expect(view(state)).toEqual({ lines: ['acd'], cursor: { row: 0, col: 1 } });
    expect(view(run(state, { type: 'undo' }))).toEqual({ lines: ['a', 'cd'], cursor: { row: 0, col: 1 } });
  });
});

describe('textBuffer Home and End on soft-wrapped rows', () => {
  // Width 8: 'one two three' shows as 'one two ' [0, 8) and 'three' [8, 13).
  const wrapped = (col: number): TextBufferState =>
    run(at('one two three', 0, col), { type: 'resize', width: 8 });
  const home = { type: 'move', dir: 'home' } as const;
  const end = { type: 'move', dir: 'end' } as const;

  it('should go to the start of the visual row, then of the logical line', () => {
    expect(run(wrapped(11), home).cursor).toEqual({ row: 0, col: 8 });
    expect(run(wrapped(11), home, home).cursor).toEqual({ row: 0, col: 0 });
  });

  it('should go to the last cluster of a row that is not its line last, then to the line end', () => {
    expect(run(wrapped(2), end).cursor).toEqual({ row: 0, col: 7 });
    expect(run(wrapped(2), end, end).cursor).toEqual({ row: 0, col: 13 });
  });

  it('should go to the line end from its last row at once', () => {
    expect(run(wrapped(9), end).cursor).toEqual({ row: 0, col: 13 });
  });

  it('should stay at the start of the first row', () => {
    expect(run(wrapped(0), home).cursor).toEqual({ row: 0, col: 0 });
  });
});

describe('textBuffer grapheme clusters', () => {
  const left = { type: 'move', dir: 'left' } as const;
  const right = { type: 'move', dir: 'right' } as const;

  it('should move over a flag in one step and delete it whole', () => {
    const text = `${flag}🇸🇪`;
    expect(run(at(text, 0, 8), left).cursor).toEqual({ row: 0, col: 4 });
    expect(run(at(text, 0, 0), right).cursor).toEqual({ row: 0, col: 4 });
    expect(view(run(at(text, 0, 8), { type: 'backspace' }))).toEqual({
      lines: [flag],
      cursor: { row: 0, col: 4 },
    });
    expect(view(run(at(text, 0, 0), { type: 'delete' }))).toEqual({
      lines: ['🇸🇪'],
      cursor: { row: 0, col: 0 },
    });
  });

  it('should move over a ZWJ family in one step and delete it whole', () => {
    const text = `a${family}b`;
    expect(family).toHaveLength(8);
    expect(run(at(text, 0, 9), left).cursor).toEqual({ row: 0, col: 1 });
    expect(run(at(text, 0, 1), right).cursor).toEqual({ row: 0, col: 9 });
    expect(view(run(at(text, 0, 9), { type: 'backspace' }))).toEqual({
      lines: ['ab'],
      cursor: { row: 0, col: 1 },
    });
    expect(view(run(at(text, 0, 1), { type: 'delete' }))).toEqual({
      lines: ['ab'],
      cursor: { row: 0, col: 1 },
    });
  });

  it('should keep an emoji and its skin tone together', () => {
    expect(run(at(`${thumb}x`, 0, 4), left).cursor).toEqual({ row: 0, col: 0 });
    expect(view(run(at(`x${thumb}`, 0, 5), { type: 'backspace' }))).toEqual({
      lines: ['x'],
      cursor: { row: 0, col: 1 },
    });
  });

  it('should treat e and a combining acute accent as one character', () => {
    const text = `caf${accented}`;
    expect(run(at(text, 0, 5), left).cursor).toEqual({ row: 0, col: 3 });
    expect(view(run(at(text, 0, 5), { type: 'backspace' }))).toEqual({
      lines: ['caf'],
      cursor: { row: 0, col: 3 },
    });
  });

  it('should treat Hangul jamo forming one syllable as one character', () => {
    expect(run(at(`${jamo}x`, 0, 3), left).cursor).toEqual({ row: 0, col: 0 });
    expect(view(run(at(`x${jamo}`, 0, 4), { type: 'backspace' }))).toEqual({
      lines: ['x'],
      cursor: { row: 0, col: 1 },
    });
  });

  it('should put the cursor after a cluster completed by typing its second part', () => {
    const typed = run(at('', 0, 0), ...type('e'), { type: 'insert', text: '\u0301' });
    expect(view(typed)).toEqual({ lines: [accented], cursor: { row: 0, col: 2 } });
    expect(view(run(at('\u0301x', 0, 0), { type: 'insert', text: 'e' }))).toEqual({
      lines: [`${accented}x`],
      cursor: { row: 0, col: 2 },
    });
  });

  it('should put the cursor before a cluster that a deletion joins together', () => {
    expect(view(run(at('e\n\u0301', 1, 0), { type: 'backspace' }))).toEqual({
      lines: [accented],
      cursor: { row: 0, col: 0 },
    });
  });

  it('should move up and down to a cluster boundary', () => {
    expect(run(at(`${flag}${flag}\nabcd`, 1, 3), { type: 'move', dir: 'up' }).cursor).toEqual({
      row: 0,
      col: 4,
    });
    expect(run(at(`abc\n${family}x`, 0, 1), { type: 'move', dir: 'down' }).cursor).toEqual({
      row: 1,
      col: 0,
    });
  });

  it('should never keep a carriage return: typed, pasted or set', () => {
    const typed = run(at('', 0, 0), { type: 'insert', text: 'a\r\nb\rc' }, { type: 'insert', text: '\r' });
    expect(typed.lines).toEqual(['a', 'b', 'c', '']);
    expect(run(typed, { type: 'setText', text: 'x\r\ny\r' }).lines).toEqual(['x', 'y', '']);
    expect(createTextBuffer('x\r\ny').lines).toEqual(['x', 'y']);
  });
});

const clusterPool = [
  'a',
  'b',
  ' ',
  'é',
  accented,
  '\u0301',
  flag,
  '🇸',
  family,
  thumb,
  jamo,
  '\u1161',
  '中',
  '✅',
  '\u00AD',
  '\u200D',
  '\t',
  '.',
];
const clusterText = fc
  .array(fc.constantFrom(...clusterPool), { maxLength: 30 })
  .map((parts) => parts.join(''));

describe('textBuffer grapheme properties', () => {
  it('should leave the cursor on a cluster boundary after any move from any boundary', () => {
    fc.assert(
      fc.property(
        clusterText,
        fc.nat(),
        fc.constantFrom<MoveDirection>('left', 'right', 'up', 'down', 'home', 'end', 'wordLeft', 'wordRight'),
        fc.integer({ min: 1, max: 12 }),
        (text, pick, dir, width) => {
          const stops = boundaries(text);
          const col = stops[pick % stops.length] ?? 0;
          const state = run(at(text, 0, col), { type: 'resize', width }, { type: 'move', dir });
          expect(stops).toContain(state.cursor.col);
        },
      ),
    );
  });

  it('should restore the text on Backspace after inserting a cluster that stays a cluster of its own', () => {
    fc.assert(
      fc.property(clusterText, fc.nat(), fc.constantFrom(...clusterPool), (text, pick, cluster) => {
        const stops = boundaries(text);
        const col = stops[pick % stops.length] ?? 0;
        const inserted = run(at(text, 0, col), { type: 'insert', text: cluster });
        const line = inserted.lines[0] ?? '';
        const apart =
          boundaries(line).includes(col) &&
          boundaries(line).includes(col + cluster.length) &&
          boundaries(cluster).length === 2;
        const restored = run(inserted, { type: 'backspace' });
        if (apart) expect(restored.lines).toEqual([text]);
        // A cluster that joined its neighbour goes with it: never half of one.
        expect(boundaries(restored.lines[0] ?? '')).toContain(restored.cursor.col);
      }),
    );
  });

  it('should delete exactly the text between the cursor and where the word move leads', () => {
    fc.assert(
      fc.property(clusterText, fc.nat(), (text, pick) => {
        const stops = boundaries(text);
        const col = stops[pick % stops.length] ?? 0;
        const moved = run(at(text, 0, col), { type: 'move', dir: 'wordLeft' }).cursor.col;
        const deleted = run(at(text, 0, col), { type: 'deleteWordBack' });
        expect(deleted.lines).toEqual([text.slice(0, moved) + text.slice(col)]);
        const forward = run(at(text, 0, col), { type: 'move', dir: 'wordRight' }).cursor.col;
        const deletedForward = run(at(text, 0, col), { type: 'deleteWordForward' });
        expect(deletedForward.lines).toEqual([text.slice(0, col) + text.slice(forward)]);
      }),
    );
  });
});
