import { describe, expect, it } from 'vitest';
import { visualCursor } from '../../src/ui/visual-cursor.js';
import { wrapLines } from '../../src/ui/wrap-lines.js';

const rows = wrapLines(['one two three', '', 'fo😀r'], 8);

describe('visualCursor', () => {
  it('should place a column inside a row on that row', () => {
    expect(visualCursor(rows, { row: 0, col: 2 })).toEqual({ row: 0, col: 2 });
  });

  it('should place the column at a wrap on the start of the next row', () => {
    expect(visualCursor(rows, { row: 0, col: 8 })).toEqual({ row: 1, col: 0 });
  });

  it('should place the end of a line after its last character', () => {
    expect(visualCursor(rows, { row: 0, col: 13 })).toEqual({ row: 1, col: 5 });
  });

  it('should place the cursor on an empty line', () => {
    expect(visualCursor(rows, { row: 1, col: 0 })).toEqual({ row: 2, col: 0 });
  });

  it('should count cells, so a wide character moves the cursor two columns', () => {
    expect(visualCursor(rows, { row: 2, col: 4 })).toEqual({ row: 3, col: 4 });
  });

  it('should count a ZWJ family as the six cells of the three people it is drawn as, after an e with a combining accent', () => {
    const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
    const [row] = wrapLines([`e\u0301${family}x`], 20);
    expect(visualCursor(row === undefined ? [] : [row], { row: 0, col: 2 + family.length })).toEqual({
      row: 0,
      col: 7,
    });
  });
});
