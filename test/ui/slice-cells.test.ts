import { describe, expect, it } from 'vitest';
import { sliceCells } from '../../src/ui/slice-cells.js';

describe('sliceCells', () => {
  it('should keep the prefix that fits', () => {
    expect(sliceCells('abcdef', 4)).toBe('abcd');
  });

  it('should not cut a wide character in half', () => {
    expect(sliceCells('a中b', 2)).toBe('a');
  });

  it('should keep the whole text when it fits', () => {
    expect(sliceCells('a😀', 3)).toBe('a😀');
  });

  it('should keep or drop a grapheme cluster whole', () => {
    const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
    // The family is drawn as its three people (see displayCluster): six cells.
    expect([sliceCells(`a${family}b`, 6), sliceCells(`a${family}b`, 7), sliceCells('🇩🇰🇩🇰', 3)]).toEqual([
      'a',
      `a${family}`,
      '🇩🇰',
    ]);
  });

  it('should keep zero-width clusters that follow the last cluster that fits', () => {
    expect(sliceCells('ab\u00ADc', 2)).toBe('ab\u00AD');
  });
});
