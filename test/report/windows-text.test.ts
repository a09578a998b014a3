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
});
