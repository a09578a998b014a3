import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countedChange } from '../../../src/report/lints/counted-change.js';
import { reportPyCounts } from '../../../src/report/lints/report-py-counts.js';
import type { Span } from '../../../src/report/model.js';

/** The definition: each slice holding the edit counted whole, before and after. */
const wholeSlices = (
  text: string,
  slices: readonly Span[],
  start: number,
  end: number,
  replacement: string,
) => {
  const change = { words: 0, images: 0 };
  for (const slice of slices) {
    if (!(slice.start <= start && end <= slice.end)) continue;
    const before = reportPyCounts(text.slice(slice.start, slice.end));
    const after = reportPyCounts(text.slice(slice.start, start) + replacement + text.slice(end, slice.end));
    change.words += before.words - after.words;
    change.images += before.images - after.images;
  }
  return change;
};

// Words, line breaks of every kind, Python's other whitespace, and the pieces of report.py's image pattern.
const piece = fc.constantFrom(
  'a',
  'word',
  ' ',
  '  ',
  '\t',
  '\n',
  '\r',
  '\r\n',
  '\u0085',
  '\u2028',
  '\u00a0',
  '\u001c',
  '![',
  ']',
  '(',
  ')',
  '![x](y.png)',
  '![a b](c d.png)',
  '](',
  '--- question 1 fill here ---',
  '#',
  'Answer:',
);

describe('countedChange', () => {
  it('should take 6 words off for a placeholder on its own line, and nothing outside every slice', () => {
    const text = 'Answer:\nMy answer.\n--- question 1 fill here ---\nMore.\n';
    const at = text.indexOf('---');
    const slices = [{ start: 7, end: text.length }];
    expect(countedChange(text, slices, at, at + 28)).toEqual({ words: 6, images: 0 });
    expect(countedChange(text, [], at, at + 28)).toEqual({ words: 0, images: 0 });
  });

  it('should count a merge of the words glued to either side of what is removed', () => {
    const text = 'Answer: one two--- question 1 fill here ---three four';
    const at = text.indexOf('---');
    // 8 words before ("two---" and "---three" among them), 3 after: "two" and "three" are glued into one.
    expect(countedChange(text, [{ start: 7, end: text.length }], at, at + 28)).toEqual({
      words: 5,
      images: 0,
    });
  });

  it('should count an image the edit breaks or makes on its line', () => {
    const text = 'x\n![a](b.png) and ![c](\nd.png)';
    expect(countedChange(text, [{ start: 0, end: text.length }], 2, 13)).toEqual({ words: 1, images: 1 });
    // The line break after "![c](" becomes ")": one word instead of two, and a second image on the line.
    expect(countedChange(text, [{ start: 0, end: text.length }], 23, 24, ')')).toEqual({
      words: 1,
      images: -1,
    });
  });

  it('should equal counting each whole slice before and after, for any text, slices and edit', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 }),
        fc.tuple(fc.nat(), fc.nat()),
        fc.array(piece, { maxLength: 3 }).map((parts) => parts.join('')),
        (text, rawSlices, [a, b], replacement) => {
          const at = (n: number) => (text.length === 0 ? 0 : n % (text.length + 1));
          const slices = rawSlices.map(([x, y]) => ({
            start: Math.min(at(x), at(y)),
            end: Math.max(at(x), at(y)),
          }));
          const [start, end] = [Math.min(at(a), at(b)), Math.max(at(a), at(b))];
          expect(countedChange(text, slices, start, end, replacement)).toEqual(
            wholeSlices(text, slices, start, end, replacement),
          );
        },
      ),
      { numRuns: 3000 },
    );
  });
});
