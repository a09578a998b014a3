import { describe, expect, it } from 'vitest';
import { nonAsciiChars } from '../../../src/report/lints/non-ascii-chars.js';

describe('nonAsciiChars', () => {
  it('should list each character outside ASCII once, a surrogate pair as its code point', () => {
    expect(nonAsciiChars('a\u00e6b \u{1F600}c\u201d')).toEqual([
      { at: 1, cp: 0xe6 },
      { at: 4, cp: 0x1f600 },
      { at: 7, cp: 0x201d },
    ]);
  });

  it('should list lone surrogates as characters of their own, and nothing for ASCII', () => {
    expect(nonAsciiChars('\udc00x\ud800')).toEqual([
      { at: 0, cp: 0xdc00 },
      { at: 2, cp: 0xd800 },
    ]);
    expect(nonAsciiChars('plain text\n\u007f')).toEqual([]);
  });

  it('should start over on every call, whatever the last one left', () => {
    expect(nonAsciiChars('\u00e6\u00e6')).toHaveLength(2);
    expect(nonAsciiChars('\u00e6')).toEqual([{ at: 0, cp: 0xe6 }]);
  });
});
