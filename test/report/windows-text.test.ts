import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { windowsText } from '../../src/report/windows-text.js';

describe('windowsText', () => {
  it('should keep ASCII as it is', () => {
    expect(windowsText('plain\r\ntext')).toBe('plain\r\ntext');
  });

  it("should read UTF-8 bytes as Python's cp1252 codec does (checked against Python 3.11)", () => {
    // bytes("…é à ’ U+0085 U+2009", "utf-8").decode("cp1252") in Python
    expect(windowsText('\u2026\u00e9 \u00e0 \u2019 \u0085 \u2009')).toBe('â€¦Ã© Ã\u00a0 â€™ Â… â€‰');
  });

  it('should return null where Python raises UnicodeDecodeError (bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D)', () => {
    expect(windowsText('\u{1F601}')).toBeNull(); // F0 9F 98 81
    expect(windowsText('\u201D')).toBeNull(); // E2 80 9D
    expect(windowsText('\u00c1')).toBeNull(); // C3 81
  });

  it('should give what a byte-by-byte cp1252 decoder gives, on any text and past its chunk of 8,192 bytes', () => {
    const high = '€\u0000‚ƒ„…†‡ˆ‰Š‹Œ\u0000Ž\u0000\u0000‘’“”•–—˜™š›œ\u0000žŸ';
    const byByte = (text: string): string | null => {
      let out = '';
      for (const byte of new TextEncoder().encode(text)) {
        const char = byte >= 0x80 && byte < 0xa0 ? high[byte - 0x80]! : String.fromCharCode(byte);
        if (char === '\u0000' && byte !== 0) return null;
        out += char;
      }
      return out;
    };
    const text = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme-composite' }));
    fc.assert(
      fc.property(text, fc.nat(9000), (sample, padding) => {
        const long = 'é'.repeat(padding) + sample;
        expect(windowsText(sample)).toBe(byByte(sample));
        expect(windowsText(long)).toBe(byByte(long));
      }),
      { numRuns: 300 },
    );
  });
});
