import { describe, expect, it } from 'vitest';
import { countWords } from '../../src/report/count-words.js';

describe('countWords', () => {
  it('should count runs of non-whitespace like len(str.split())', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('   \n\t ')).toBe(0);
    expect(countWords('one two  three\nfour\tfive')).toBe(5);
  });

  it('should count markdown tokens as words, as report.py does', () => {
    expect(countWords('--- question 3 fill here ---')).toBe(6);
    expect(countWords('![my image](figures/a.png) | a |')).toBe(5);
  });

  it('should split on the separators Python splits on and JavaScript \\s does not', () => {
    expect(countWords('a\u001cb\u001dc\u001ed\u001ff')).toBe(5);
    expect(countWords('a\u0085b')).toBe(2);
  });

  it('should not split on U+FEFF, which JavaScript \\s treats as a space', () => {
    expect(countWords('a\ufeffb')).toBe(1);
    expect(countWords('\ufeff')).toBe(1);
  });

  it('should split on Unicode spaces Python knows', () => {
    expect(countWords('a\u00a0b\u2003c\u3000d\u2028e\u2029f\u202fg\u205fh\u1680i\u000bj\u000ck')).toBe(11);
  });

  it('should not split on zero-width characters', () => {
    expect(countWords('a\u200bb\u200dc')).toBe(1);
  });
});
