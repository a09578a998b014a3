import { describe, expect, it } from 'vitest';
import { moveSelection } from '../../src/ui/move-selection.js';

describe('moveSelection', () => {
  it('should move by one, by a page and to the ends', () => {
    expect(moveSelection('up', 5, 31, 10)).toBe(4);
    expect(moveSelection('down', 5, 31, 10)).toBe(6);
    expect(moveSelection('pageUp', 15, 31, 10)).toBe(5);
    expect(moveSelection('pageDown', 15, 31, 10)).toBe(25);
    expect(moveSelection('first', 15, 31, 10)).toBe(0);
    expect(moveSelection('last', 15, 31, 10)).toBe(30);
  });

  it('should stay inside the list', () => {
    expect(moveSelection('up', 0, 31, 10)).toBe(0);
    expect(moveSelection('pageUp', 3, 31, 10)).toBe(0);
    expect(moveSelection('down', 30, 31, 10)).toBe(30);
    expect(moveSelection('pageDown', 25, 31, 10)).toBe(30);
    expect(moveSelection('down', -1, 3, 10)).toBe(0);
  });
});
