import { describe, expect, it } from 'vitest';
import { clusterBoundary } from '../../src/ui/cluster-boundary.js';

// 'a' [0,1), flag [1,5), 'e' + U+0301 [5,7), 'b' [7,8).
const line = 'a🇩🇰e\u0301b';

describe('clusterBoundary', () => {
  it('should find the boundary before and after a boundary', () => {
    expect([clusterBoundary(line, 5, 'previous'), clusterBoundary(line, 5, 'next')]).toEqual([1, 7]);
  });

  it('should find the boundaries around an offset inside a cluster', () => {
    expect([
      clusterBoundary(line, 3, 'previous'),
      clusterBoundary(line, 3, 'next'),
      clusterBoundary(line, 6, 'floor'),
      clusterBoundary(line, 6, 'ceil'),
    ]).toEqual([1, 5, 5, 7]);
  });

  it('should keep an offset that is a boundary when snapping', () => {
    expect([clusterBoundary(line, 5, 'floor'), clusterBoundary(line, 5, 'ceil')]).toEqual([5, 5]);
  });

  it('should stay within the line at its ends', () => {
    expect([
      clusterBoundary(line, 0, 'previous'),
      clusterBoundary(line, 0, 'next'),
      clusterBoundary(line, 8, 'previous'),
      clusterBoundary(line, 8, 'next'),
      clusterBoundary('', 0, 'next'),
    ]).toEqual([0, 1, 7, 8, 0]);
  });
});
