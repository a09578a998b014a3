import { describe, expect, it } from 'vitest';
import { verticalMove } from '../../src/ui/vertical-move.js';

// Width 8: 'one two three' wraps to 'one two ' + 'three'.
const lines = ['one two three', 'ab', 'four five six'];

describe('verticalMove', () => {
  it('should move down a visual row inside a wrapped line', () => {
    expect(verticalMove(lines, { row: 0, col: 2 }, null, 'down', 8)).toEqual({
      cursor: { row: 0, col: 10 },
      preferredCol: 2,
    });
  });

  it('should move up a visual row inside a wrapped line', () => {
    expect(verticalMove(lines, { row: 0, col: 10 }, null, 'up', 8)).toEqual({
      cursor: { row: 0, col: 2 },
      preferredCol: 2,
    });
  });

  it('should clamp to the end of a shorter line and keep the preferred column', () => {
    expect(verticalMove(lines, { row: 0, col: 12 }, null, 'down', 8)).toEqual({
      cursor: { row: 1, col: 2 },
      preferredCol: 4,
    });
  });

  it('should use the preferred column once the cursor has been clamped', () => {
    expect(verticalMove(lines, { row: 1, col: 2 }, 4, 'down', 8)).toEqual({
      cursor: { row: 2, col: 4 },
      preferredCol: 4,
    });
  });

  it('should land on the last row of the previous line when moving up', () => {
    expect(verticalMove(lines, { row: 1, col: 1 }, null, 'up', 8)).toEqual({
      cursor: { row: 0, col: 9 },
      preferredCol: 1,
    });
  });

  it('should stop before the wrap point on a row that is not its line last', () => {
    expect(verticalMove(lines, { row: 0, col: 13 }, null, 'up', 8)).toEqual({
      cursor: { row: 0, col: 5 },
      preferredCol: 5,
    });
    expect(verticalMove(lines, { row: 1, col: 0 }, 20, 'up', 8)).toEqual({
      cursor: { row: 0, col: 13 },
      preferredCol: 20,
    });
    expect(verticalMove(['one two three'], { row: 0, col: 12 }, 20, 'up', 8)).toEqual({
      cursor: { row: 0, col: 7 },
      preferredCol: 20,
    });
  });

  it('should go to the start of the text from the first row', () => {
    expect(verticalMove(lines, { row: 0, col: 3 }, null, 'up', 8)).toEqual({
      cursor: { row: 0, col: 0 },
      preferredCol: null,
    });
  });

  it('should go to the end of the text from the last row', () => {
    expect(verticalMove(lines, { row: 2, col: 9 }, null, 'down', 8)).toEqual({
      cursor: { row: 2, col: 13 },
      preferredCol: null,
    });
  });

  it('should move by logical line when the width is infinite', () => {
    expect(verticalMove(lines, { row: 0, col: 12 }, null, 'down', Infinity)).toEqual({
      cursor: { row: 1, col: 2 },
      preferredCol: 12,
    });
  });

  it('should keep the cursor off the second half of a wide character', () => {
    expect(verticalMove(['abc', '中文'], { row: 0, col: 1 }, null, 'down', 10)).toEqual({
      cursor: { row: 1, col: 0 },
      preferredCol: 1,
    });
  });

  it('should land on a cluster boundary, never inside a flag or a ZWJ family', () => {
    const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
    expect(verticalMove(['abc', `🇩🇰${family}`], { row: 0, col: 3 }, null, 'down', 10)).toEqual({
      cursor: { row: 1, col: 4 },
      preferredCol: 3,
    });
  });

  it('should stop before a zero-width cluster at the preferred cell', () => {
    expect(verticalMove(['abcd', 'ab\u00ADcd'], { row: 0, col: 2 }, null, 'down', 10)).toEqual({
      cursor: { row: 1, col: 2 },
      preferredCol: 2,
    });
  });
});
