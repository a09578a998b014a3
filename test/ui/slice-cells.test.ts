import { describe, expect, it } from 'vitest';
import { sliceCells } from '../../src/ui/slice-cells.js';

describe('sliceCells', () => {
  it('should keep the prefix that fits', () => {
    expect(sliceCells('abcdef', 4)).toBe('abcd');
  });

  it('should not cut a wide character in half', () => {
    expect(sliceCells('a中b', 2)).toBe('a');
  });

  it('should keep the whole text when it fits', () => {
    expect(sliceCells('a😀', 3)).toBe('a😀');
  });
});
