import { describe, expect, it } from 'vitest';
import { wrapLine } from '../../src/ui/wrap-line.js';

const pieces = (line: string, width: number): string[] =>
  wrapLine(line, width).map(({ start, end }) => Array.from(line).slice(start, end).join(''));

describe('wrapLine', () => {
  it('should keep an empty line as one empty row', () => {
    expect(wrapLine('', 10)).toEqual([{ start: 0, end: 0 }]);
  });

  it('should keep a line that fits as one row', () => {
    expect(wrapLine('hello', 5)).toEqual([{ start: 0, end: 5 }]);
  });

  it('should not wrap at all for an infinite width', () => {
    expect(wrapLine('a b c d e f', Infinity)).toEqual([{ start: 0, end: 11 }]);
  });

  it('should break after the last space that fits', () => {
    expect(pieces('the quick brown fox', 10)).toEqual(['the quick ', 'brown fox']);
  });

  it('should let the space after a full row hang instead of starting the next row', () => {
    expect(pieces('aaaa bbbb', 4)).toEqual(['aaaa ', 'bbbb']);
  });

  it('should let a run of spaces hang at the end of the row', () => {
    expect(pieces('aa   bb', 2)).toEqual(['aa   ', 'bb']);
  });

  it('should break inside a word that is wider than a row', () => {
    expect(pieces('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('should move a long word to its own rows after the text before it', () => {
    expect(pieces('ab cdefghij', 4)).toEqual(['ab ', 'cdef', 'ghij']);
  });

  it('should count wide characters as two cells', () => {
    expect(pieces('中文字符', 5)).toEqual(['中文', '字符']);
  });

  it('should never split a surrogate pair', () => {
    expect(wrapLine('😀😀😀', 4)).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 3 },
    ]);
  });

  it('should put a character wider than the row alone on its row', () => {
    expect(pieces('中中', 1)).toEqual(['中', '中']);
  });

  it('should treat a width below one as one', () => {
    expect(pieces('abc', 0)).toEqual(['a', 'b', 'c']);
  });
});
