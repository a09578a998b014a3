import { describe, expect, it } from 'vitest';
import { frameLayout } from '../../src/ui/frame-layout.js';

const long = 'word '.repeat(60).trim();

describe('frameLayout', () => {
  it('should give a wrapped notice up to a quarter of the rows', () => {
    expect(frameLayout(80, 24, long, true)).toEqual({ noticeRows: 4, bodyHeight: 18 });
    expect(frameLayout(80, 24, 'short', false)).toEqual({ noticeRows: 1, bodyHeight: 20 });
  });

  it('should keep the seven rows the question screen needs in a 40x10 terminal', () => {
    // A quarter of 10 rows is 2, which left the question screen 6 rows and its editor drawn over its border.
    expect(frameLayout(40, 10, long, true)).toEqual({ noticeRows: 1, bodyHeight: 7 });
    expect(frameLayout(40, 12, long, true)).toEqual({ noticeRows: 3, bodyHeight: 7 });
    expect(frameLayout(40, 11, long, false)).toEqual({ noticeRows: 1, bodyHeight: 7 });
  });
});
