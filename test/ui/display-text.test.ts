import { describe, expect, it } from 'vitest';
import { displayText } from '../../src/ui/display-text.js';

describe('displayText', () => {
  it('should draw a tab as a space and a control character as its picture', () => {
    expect(displayText('a\tb\u001B[2Jc\u0085')).toBe('a b␛[2Jc<U+0085>');
  });

  it('should leave out clusters of no width, so no terminal can give them a cell', () => {
    expect(displayText('\u0301co\u00ADop\u200Be')).toBe('coope');
  });

  it('should keep combining accents and flags whole', () => {
    expect(displayText('e\u0301🇩🇰')).toBe('e\u0301🇩🇰');
  });

  it('should draw an emoji sequence as its parts, which every terminal draws in the cells string-width counts', () => {
    const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
    const coder = '\u{1F9D1}\u{1F3FD}\u200D\u{1F4BB}';
    expect(displayText(`${family}|👍🏽|${coder}|❤️|1️⃣|⌚︎|🏴󠁧󠁢󠁥󠁮󠁧󠁿`)).toBe('👨👩👧|👍|🧑💻|❤|1|⌚|🏴');
    // A skin tone alone is an emoji; after a character it is part of that character's cluster, and left out.
    expect(displayText('🏽 a🏽')).toBe('🏽 a');
  });
});
