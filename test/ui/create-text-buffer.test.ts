import { describe, expect, it } from 'vitest';
import { createTextBuffer } from '../../src/ui/create-text-buffer.js';

describe('createTextBuffer', () => {
  it('should split the text into lines and put the cursor at its end, in UTF-16 units', () => {
    expect(createTextBuffer('ab\r\ncd\rx😀')).toEqual({
      lines: ['ab', 'cd', 'x😀'],
      cursor: { row: 2, col: 3 },
      preferredCol: null,
      wrapWidth: Infinity,
      undo: [],
      redo: [],
      group: null,
    });
  });

  it('should hold one empty line for empty text', () => {
    const state = createTextBuffer('', 40);
    expect([state.lines, state.cursor, state.wrapWidth]).toEqual([[''], { row: 0, col: 0 }, 40]);
  });
});
