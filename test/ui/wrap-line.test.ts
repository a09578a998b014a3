import { describe, expect, it } from 'vitest';
import { wrapLine } from '../../src/ui/wrap-line.js';

const pieces = (line: string, width: number): string[] =>
  wrapLine(line, width).map(({ start, end }) => line.slice(start, end));

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
      { start: 0, end: 4 },
      { start: 4, end: 6 },
    ]);
  });

  it('should never split a grapheme cluster: flag, ZWJ family, skin tone, combining accent', () => {
    const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
    expect(pieces(`🇩🇰${family}👍🏽e\u0301e\u0301`, 2)).toEqual(['🇩🇰', family, '👍🏽', 'e\u0301e\u0301']);
  });

  it('should count emoji that Ink draws two cells wide as two: ✅ ⭐ ☕ ⚡ ⌚', () => {
    expect(pieces('✅⭐☕⚡⌚', 4)).toEqual(['✅⭐', '☕⚡', '⌚']);
  });

  it('should count a soft hyphen and a zero-width space as no cell', () => {
    expect(pieces('ab\u00ADcd\u200Bef', 6)).toEqual(['ab\u00ADcd\u200Bef']);
  });

  it('should put a character wider than the row alone on its row', () => {
    expect(pieces('中中', 1)).toEqual(['中', '中']);
  });

  it('should treat a width below one as one', () => {
    expect(pieces('abc', 0)).toEqual(['a', 'b', 'c']);
  });
});
