import { describe, expect, it } from 'vitest';
import { isSelectionMove } from '../../src/ui/is-selection-move.js';
import { scrollMove } from '../../src/ui/scroll-move.js';

describe('scrollMove', () => {
  it('should scroll by a row and by a page of the rows shown less one, within the last top row', () => {
    // 20 rows, 5 shown: the last top row is 15, a page is 4 rows.
    expect(scrollMove('down', 0, 5, 20)).toBe(1);
    expect(scrollMove('up', 0, 5, 20)).toBe(0);
    expect(scrollMove('pageDown', 3, 5, 20)).toBe(7);
    expect(scrollMove('pageDown', 13, 5, 20)).toBe(15);
    expect(scrollMove('pageUp', 3, 5, 20)).toBe(0);
    expect(scrollMove('first', 9, 5, 20)).toBe(0);
    expect(scrollMove('last', 0, 5, 20)).toBe(15);
  });

  it('should move from the last top row when a resize left the view scrolled past it', () => {
    expect(scrollMove('up', 30, 5, 20)).toBe(14);
    expect(scrollMove('pageUp', 30, 5, 20)).toBe(11);
    expect(scrollMove('down', 30, 5, 20)).toBe(15);
  });

  it('should not scroll a view that fits, and page by one row in a view one row high', () => {
    expect(scrollMove('pageDown', 0, 10, 4)).toBe(0);
    expect(scrollMove('pageDown', 0, 1, 4)).toBe(1);
  });
});

describe('isSelectionMove', () => {
  it('should tell the six moves from every other action', () => {
    expect(['up', 'down', 'pageUp', 'pageDown', 'first', 'last'].every(isSelectionMove)).toBe(true);
    expect([undefined, 'open', 'help', 'quit', 'toggle'].some(isSelectionMove)).toBe(false);
  });
});
