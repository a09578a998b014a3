import { describe, expect, it } from 'vitest';
import { countImages } from '../../src/report/count-images.js';

describe('countImages', () => {
  it('should count one-line markdown images', () => {
    expect(countImages('![a](figures/a.png) and ![](b.jpg)')).toBe(2);
  });

  it('should not count an image split over lines, HTML or reference images', () => {
    expect(countImages('![a\nb](figures/a.png)')).toBe(0);
    expect(countImages('![a](figures/\na.png)')).toBe(0);
    expect(countImages('<img src="figures/a.png">')).toBe(0);
    expect(countImages('![a][ref]')).toBe(0);
  });

  it("should let '.' match U+2028 and U+2029 as Python's does", () => {
    expect(countImages('![a\u2028b](x\u2029.png)')).toBe(1);
  });

  it('should stop at a lone CR, which report.py reads as a line break (universal newlines)', () => {
    expect(countImages('![a\rb](x.png)')).toBe(0);
    expect(countImages('![a](x\r.png)')).toBe(0);
  });

  it('should match lazily and without overlap like re.findall', () => {
    expect(countImages('![a](b) ![c](d)')).toBe(2);
    expect(countImages('![a](b ![c](d))')).toBe(1);
    expect(countImages('![x] (y) ![z](w)')).toBe(1);
  });

  it('should count images with spaces, %20, angle brackets and remote URLs', () => {
    expect(countImages('![a](<figures/a b.png>) ![b](figures/a%20b.png) ![c](https://x.org/c.svg)')).toBe(3);
  });
});
