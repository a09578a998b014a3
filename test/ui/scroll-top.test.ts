import { describe, expect, it } from 'vitest';
import { scrollTop } from '../../src/ui/scroll-top.js';

describe('scrollTop', () => {
  it('should keep the window while the cursor is inside it', () => {
    expect(scrollTop(3, 5, 4, 20)).toBe(3);
  });

  it('should scroll up just enough to show the cursor', () => {
    expect(scrollTop(3, 1, 4, 20)).toBe(1);
  });

  it('should scroll down just enough to show the cursor', () => {
    expect(scrollTop(3, 9, 4, 20)).toBe(6);
  });

  it('should pull the window back when the text got shorter', () => {
    expect(scrollTop(10, 4, 4, 6)).toBe(2);
  });

  it('should start at zero when everything fits', () => {
    expect(scrollTop(5, 1, 10, 3)).toBe(0);
  });
});
