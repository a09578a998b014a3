import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countImages } from '../../src/report/count-images.js';
import { countWords } from '../../src/report/count-words.js';
import { imageBlock, imageLink, relinkImage, wordEnd } from '../../src/ui/image-link.js';

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

describe('imageBlock', () => {
  const link = '![loss](figures/loss.png)';

  it.each([
    ['See here.', '', 'See here.\n\n![loss](figures/loss.png)'],
    ['', 'First words.', '![loss](figures/loss.png)\n\nFirst words.'],
    ['One.\n', 'Two.', 'One.\n\n![loss](figures/loss.png)\n\nTwo.'],
    ['One.\n\n', '\n\nTwo.', 'One.\n\n![loss](figures/loss.png)\n\nTwo.'],
    ['One.', ' two.', 'One.\n\n![loss](figures/loss.png)\n\n two.'],
    ['', '', '![loss](figures/loss.png)'],
  ])(
    'should put the link between %j and %j on its own line, a blank line around it',
    (before, after, expected) => {
      expect(before + imageBlock(before, after, link) + after).toBe(expected);
    },
  );

  it('should change no word of the answer: the count grows by the link’s words alone, one image more', () => {
    const text = fc.stringMatching(/^[a-z. \n\t]{0,40}$/);
    fc.assert(
      fc.property(text, fc.nat(), fc.constantFrom(...cases.map(([path]) => path)), (answer, at, path) => {
        const lines = answer.split('\n');
        const row = at % lines.length;
        const line = lines[row]!;
        const col = wordEnd(line, at % (line.length + 1));
        const before = [...lines.slice(0, row), line.slice(0, col)].join('\n');
        const after = [line.slice(col), ...lines.slice(row + 1)].join('\n');
        const linked = imageLink(path);
        const result = before + imageBlock(before, after, linked) + after;
        expect(countWords(result)).toBe(countWords(answer) + countWords(linked));
        expect(countImages(result)).toBe(countImages(answer) + 1);
        // The student's text is all there, in order, around the link.
        expect(result.replace(linked, '').replace(/\n/g, '')).toBe(answer.replace(/\n/g, ''));
        // On a line of its own, with a blank line (or the answer's edge) above and below.
        const rows = result.split('\n');
        const linkRow = rows.findIndex((r) => r.trim() === linked);
        expect(rows[linkRow]!.startsWith(linked)).toBe(true);
        expect(rows[linkRow - 1]?.trim() ?? '').toBe('');
        expect(rows[linkRow + 1]?.trim() ?? '').toBe('');
      }),
      { numRuns: 500 },
    );
  });
});

describe('relinkImage', () => {
  it('should point the image at the right file and keep its alt text', () => {
    expect(relinkImage('![My loss](figures/Loss.PNG)', 'figures/loss curve.png')).toBe(
      '![My loss](<figures/loss curve.png>)',
    );
  });
});
