import { describe, expect, it } from 'vitest';
import { countImages } from '../../src/report/count-images.js';
import { imageLink } from '../../src/ui/image-link.js';

const cases: [string, string][] = [
  ['figures/overview.png', '![overview](figures/overview.png)'],
  ['figures/a b.png', '![a b](<figures/a b.png>)'],
  ['figures/loss(1).png', '![loss(1)](figures/loss\\(1\\).png)'],
  ['figures/a b(1).png', '![a b(1)](<figures/a b(1).png>)'],
  ['figures/x<y>.png', '![x\\<y>](figures/x<y>.png)'],
  ['figures/x <y>.png', '![x \\<y>](<figures/x \\<y\\>.png>)'],
  ['figures/æøå 图.png', '![æøå 图](<figures/æøå 图.png>)'],
  ['figures/[draft]*v2*.png', '![\\[draft\\]\\*v2\\*](figures/[draft]*v2*.png)'],
  ['figures/run#3 50%?.png', '![run#3 50%?](<figures/run%233 50%25%3F.png>)'],
  ['figures/.hidden', '![.hidden](figures/.hidden)'],
];

describe('imageLink', () => {
  it.each(cases)('should link %s as %s', (path, expected) => {
    expect(imageLink(path)).toBe(expected);
  });

  it.each(cases)('should make %s count as exactly one image for report.py', (path) => {
    expect(countImages(`Before ${imageLink(path)} after`)).toBe(1);
  });
});
