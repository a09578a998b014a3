import { describe, expect, it } from 'vitest';
import { wrapLines } from '../../src/ui/wrap-lines.js';

describe('wrapLines', () => {
  it('should list the visual rows of every line with their columns and text', () => {
    expect(wrapLines(['one two three', '', 'four'], 8)).toEqual([
      { line: 0, start: 0, end: 8, text: 'one two ' },
      { line: 0, start: 8, end: 13, text: 'three' },
      { line: 1, start: 0, end: 0, text: '' },
      { line: 2, start: 0, end: 4, text: 'four' },
    ]);
  });

  it('should give columns in UTF-16 units, as JavaScript strings index them', () => {
    expect(wrapLines(['😀 ab'], 3)).toEqual([
      { line: 0, start: 0, end: 3, text: '😀 ' },
      { line: 0, start: 3, end: 5, text: 'ab' },
    ]);
  });
});
