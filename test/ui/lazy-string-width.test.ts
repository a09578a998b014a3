import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { lazyStringWidth } from '../../src/ui/lazy-string-width.js';
import { plainWidth } from '../../src/ui/plain-width.js';

const segmenter = new Intl.Segmenter();
const clusters = (text: string): number => [...segmenter.segment(text)].length;

describe('plainWidth', () => {
  it('should give string-width’s cells for every code point it knows, each a grapheme cluster of its own', () => {
    const wrong: string[] = [];
    let known = 0;
    for (let code = 0; code <= 0xffff; code++) {
      const cells = plainWidth(code);
      if (cells === undefined) continue;
      known++;
      const char = String.fromCharCode(code);
      // Grapheme_Cluster_Break Other: never joined to printable ASCII, a CJK ideograph or itself, on either side.
      const alone = [`a${char}`, `${char}a`, `${char}${char}`, `中${char}`, `${char}中`].every(
        (t) => clusters(t) === 2,
      );
      if (stringWidth(char) !== cells || !alone) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
    expect(known).toBeGreaterThan(30_000);
  });

  it('should know none of the characters that join or need the emoji pattern', () => {
    // Soft hyphen, a combining accent, ZWJ, VS16, ⚡ (emoji presentation), a surrogate, a Hangul jamo, tab, DEL.
    for (const code of [0xad, 0x301, 0x200d, 0xfe0f, 0x26a1, 0xd83d, 0x1100, 0x09, 0x7f])
      expect(plainWidth(code)).toBeUndefined();
  });
});

describe('lazyStringWidth', () => {
  const unit = fc.oneof(
    fc.constantFrom('a', ' ', '~', '·', '○', '…', '⚠', '✓', '✗', '❯', '↑', '─', 'é', 'Ж', '中', '한', '⠋'),
    fc.constantFrom(
      '\u0301',
      '\u200d',
      '\ufe0f',
      '👍',
      '🇩🇰',
      '⚡',
      '\t',
      '\u00ad',
      '\u001b[33m',
      '\u001b[39m',
      '\u009b1m',
    ),
  );

  it('should measure every text as string-width does, loading it only for what it cannot measure itself', () => {
    let loads = 0;
    const width = lazyStringWidth(() => {
      loads++;
      return stringWidth;
    }, true);
    expect(width('\u001b[33m○\u001b[39m 16 How did you debug … 6/100-200 words ⚠ 1 · ↑↓ select')).toBe(56);
    expect(loads).toBe(0);
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 12 }), (units) => {
        const text = units.join('');
        expect(width(text)).toBe(stringWidth(text));
        expect(width(text, { ambiguousIsNarrow: false })).toBe(
          stringWidth(text, { ambiguousIsNarrow: false }),
        );
        expect(width(text, { countAnsiEscapeCodes: true })).toBe(
          stringWidth(text, { countAnsiEscapeCodes: true }),
        );
      }),
    );
    expect(loads).toBe(1);
  });

  it('should leave every text to the real one when not plain', () => {
    const asked: string[] = [];
    const width = lazyStringWidth(
      () => (text) => {
        asked.push(text);
        return 7;
      },
      false,
    );
    expect(width('abc')).toBe(7);
    expect(asked).toEqual(['abc']);
  });
});
