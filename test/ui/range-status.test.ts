import { describe, expect, it } from 'vitest';
import { rangeStatus } from '../../src/ui/range-status.js';

describe('rangeStatus', () => {
  it('should include both ends of the range, as report.py does', () => {
    expect([99, 100, 150, 200, 201].map((n) => rangeStatus(n, [100, 200]))).toEqual([
      'under',
      'within',
      'within',
      'within',
      'over',
    ]);
  });
});
