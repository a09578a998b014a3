import { describe, expect, it } from 'vitest';
import { normalizeInput } from '../../src/ui/normalize-input.js';

describe('normalizeInput', () => {
  it('should turn CRLF and lone CR into LF', () => {
    expect(normalizeInput('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
  });

  it('should drop control characters and keep tabs and non-ASCII text', () => {
    expect(normalizeInput('\u0000a\u0007\u001b[A\tæ😀\u007f\u0085')).toBe('a[A\tæ😀');
  });
});
