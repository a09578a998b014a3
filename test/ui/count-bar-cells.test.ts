import { describe, expect, it } from 'vitest';
import { countBarCells } from '../../src/ui/count-bar-cells.js';

describe('countBarCells', () => {
  it('should fill in proportion to the maximum, rounding down', () => {
    expect([0, 13, 14, 142, 199, 200].map((n) => countBarCells(n, [100, 200], 15))).toEqual([
      0, 0, 1, 10, 14, 15,
    ]);
  });

  it('should stay full when over the maximum', () => {
    expect(countBarCells(500, [100, 200], 15)).toBe(15);
  });

  it('should fill completely for any count when the maximum is zero', () => {
    expect([countBarCells(0, [0, 0], 10), countBarCells(1, [0, 0], 10)]).toEqual([0, 10]);
  });

  it('should give no cells to a bar without cells', () => {
    expect(countBarCells(50, [0, 100], 0)).toBe(0);
  });
});
