import { describe, expect, it } from 'vitest';
import { nextFailing } from '../../src/ui/next-failing.js';

describe('nextFailing', () => {
  const passes = [true, false, true, true, false, true];

  it('should find the next failing row after the selection, going round', () => {
    expect(nextFailing(passes, 0, 1)).toBe(1);
    expect(nextFailing(passes, 1, 1)).toBe(4);
    expect(nextFailing(passes, 4, 1)).toBe(1);
  });

  it('should find the previous failing row, going round', () => {
    expect(nextFailing(passes, 4, -1)).toBe(1);
    expect(nextFailing(passes, 1, -1)).toBe(4);
    expect(nextFailing(passes, 0, -1)).toBe(4);
  });

  it('should come back to the selection when it is the only failing row, and say none when all pass', () => {
    expect(nextFailing([true, false, true], 1, 1)).toBe(1);
    expect(nextFailing([true, true], 0, 1)).toBeNull();
    expect(nextFailing([], 0, -1)).toBeNull();
  });
});
