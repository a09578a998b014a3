import { describe, expect, it } from 'vitest';
import { lineEdgeMove } from '../../src/ui/line-edge-move.js';

// Width 8: 'one two ' [0, 8), 'three ' [8, 14), 'four' [14, 18).
const line = 'one two three four';

describe('lineEdgeMove', () => {
  it('should go to the visual row start first, then the line start', () => {
    expect([lineEdgeMove(line, 11, 8, 'home'), lineEdgeMove(line, 8, 8, 'home')]).toEqual([8, 0]);
  });

  it('should go to the last cluster of a middle row first, then the line end', () => {
    expect([lineEdgeMove(line, 9, 8, 'end'), lineEdgeMove(line, 13, 8, 'end')]).toEqual([13, 18]);
  });

  it('should not step into a cluster at a row end', () => {
    expect(lineEdgeMove('🇩🇰🇩🇰🇩🇰', 0, 4, 'end')).toBe(4);
  });

  it('should go to the logical line edges at once when the line is not wrapped', () => {
    expect([lineEdgeMove(line, 5, Infinity, 'home'), lineEdgeMove(line, 5, Infinity, 'end')]).toEqual([
      0, 18,
    ]);
  });
});
