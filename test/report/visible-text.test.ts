import { describe, expect, it } from 'vitest';
import { visibleText } from '../../src/report/visible-text.js';

describe('visibleText', () => {
  it('should show ESC, BEL, CR and DEL as control pictures', () => {
    expect(visibleText('a\u001b]0;title\u0007b\u001b[2Jc\rd\u007fe')).toBe('a␛]0;title␇b␛[2Jc␍d␡e');
  });

  it('should show C1 controls by code point', () => {
    expect(visibleText('x\u009b31my\u0085z')).toBe('x<U+009B>31my<U+0085>z');
  });

  it('should keep tab, newline and every printable character', () => {
    const text = 'tab\there\nnew line · café 😀 ␛';
    expect(visibleText(text)).toBe(text);
  });
});
