import { describe, expect, it } from 'vitest';
import { codePointWidth } from '../../src/ui/code-point-width.js';

describe('codePointWidth', () => {
  it('should count ASCII letters, spaces and tabs as one cell', () => {
    expect(['a', ' ', '\t', '~'].map(codePointWidth)).toEqual([1, 1, 1, 1]);
  });

  it('should count other control characters and combining marks as zero cells', () => {
    expect(['\u0007', '\u0301', '\u200D', '\uFE0F'].map(codePointWidth)).toEqual([0, 0, 0, 0]);
  });

  it('should count CJK, Hangul, fullwidth forms and emoji as two cells', () => {
    expect(['中', '한', 'Ａ', '😀', '🦀'].map(codePointWidth)).toEqual([2, 2, 2, 2, 2]);
  });

  it('should count Latin letters with diacritics and Greek as one cell', () => {
    expect(['æ', 'ø', 'å', 'é', 'λ'].map(codePointWidth)).toEqual([1, 1, 1, 1, 1]);
  });
});
