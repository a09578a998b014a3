import { describe, expect, it } from 'vitest';
import { displayText } from '../../src/ui/display-text.js';

describe('displayText', () => {
  it('should draw a tab as a space and a control character as its picture', () => {
    expect(displayText('a\tb\u001B[2Jc\u0085')).toBe('a b␛[2Jc<U+0085>');
  });

  it('should leave out clusters of no width, so no terminal can give them a cell', () => {
    expect(displayText('\u0301co\u00ADop\u200Be')).toBe('coope');
  });

  it('should keep emoji sequences and combining accents whole', () => {
    const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
    expect(displayText(`${family}e\u0301🇩🇰`)).toBe(`${family}e\u0301🇩🇰`);
  });
});
