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

  it('should show the bidi embeddings, overrides and isolates by code point', () => {
    expect(visibleText('a\u202ab\u202ec\u2066d\u2069e\u200ff')).toBe(
      'a<U+202A>b<U+202E>c<U+2066>d<U+2069>e\u200ff',
    );
  });

  it('should show tab and newline too for text that must stay on one line', () => {
    expect(visibleText('src\n   9 [x]\tx\u001b', { oneLine: true })).toBe('src␊   9 [x]␉x␛');
  });
});
