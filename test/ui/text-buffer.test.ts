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

  it('should count columns in code points after an emoji', () => {
    expect(view(run(at('😀b', 0, 1), { type: 'insert', text: '🦀' }))).toEqual({
      lines: ['😀🦀b'],
      cursor: { row: 0, col: 2 },
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
  it('should delete the code point before the cursor, a whole emoji included', () => {
    expect(view(run(at('a😀b', 0, 2), { type: 'backspace' }))).toEqual({
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

  it('should delete the code point under the cursor', () => {
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
    .string({ unit: fc.constantFrom('a', ' ', '😀', '\n', '\r\n', 'é', '中') })
    .map((text): TextBufferAction => ({ type: 'insert', text })),
  fc.constantFrom<TextBufferAction>(
    { type: 'newline' },
    { type: 'backspace' },
    { type: 'delete' },
    { type: 'undo' },
    { type: 'redo' },
  ),
  fc
    .constantFrom<MoveDirection>('left', 'right', 'up', 'down', 'home', 'end', 'wordLeft', 'wordRight')
    .map((dir): TextBufferAction => ({ type: 'move', dir })),
  fc.integer({ min: 1, max: 12 }).map((width): TextBufferAction => ({ type: 'resize', width })),
);

describe('textBuffer properties', () => {
  it('should keep lines free of line breaks and the cursor on a code point boundary', () => {
    fc.assert(
      fc.property(fc.array(arbitraryAction, { maxLength: 60 }), (actions) => {
        const state = run(createTextBuffer('start 😀\nend'), ...actions);
        const line = state.lines[state.cursor.row];
        expect(line).toBeDefined();
        expect(state.lines.every((text) => !/[\r\n]/.test(text))).toBe(true);
        expect(state.cursor.col).toBeGreaterThanOrEqual(0);
        expect(state.cursor.col).toBeLessThanOrEqual(Array.from(line ?? '').length);
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
        const col = Array.from(beforeLines[row] ?? '').length;
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
