import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphemeSegmenter } from '../../src/ui/grapheme-segmenter.js';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const clusters = (segments: Iterable<Intl.SegmentData>): [string, number][] =>
  Array.from(segments, ({ segment, index }) => [segment, index]);

// What a frame of the wizard holds (ASCII, styles, box drawing, its marks) beside what joins: CR LF, combining marks,
// ZWJ sequences, flags, variation selectors, Hangul jamo, a soft hyphen.
const pool = [
  'a',
  ' ',
  '\t',
  '\u001B[33m',
  '\u001B[39m',
  '\u009B1m',
  '\r',
  '\n',
  '─',
  '╭',
  '│',
  '·',
  '…',
  '⚠',
  '✓',
  '✗',
  '█',
  '░',
  '↑',
  'é',
  'е',
  '中',
  '가',
  '\u0301',
  '\u200D',
  '\uFE0F',
  '\u00AD',
  '\u1100',
  '\u1161',
  '\u{1F468}',
  '\u{1F1E9}',
  '\u{1F1F0}',
  '\u0915',
  '\u094D',
];

const agrees = (input: string): void => {
  const ours = graphemeSegmenter.segment(input);
  const theirs = segmenter.segment(input);
  expect(clusters(ours)).toEqual(clusters(theirs));
  for (let index = -1; index <= input.length; index++) {
    const [mine, real] = [ours.containing(index), theirs.containing(index)];
    expect(mine && [mine.segment, mine.index]).toEqual(real && [real.segment, real.index]);
  }
};

describe('graphemeSegmenter', () => {
  it("should split a line of a frame, styles and box drawing included, one code unit a cluster, as Intl's does", () => {
    const line = '\u001B[33m⚠ line 124: │ ─╭ ✓ · …\u001B[39m';
    expect(clusters(graphemeSegmenter.segment(line))).toEqual(Array.from(line, (char, i) => [char, i]));
    agrees(line);
  });

  it('should split any mix of joining and plain characters as Intl.Segmenter does', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { maxLength: 20 }), (parts) => agrees(parts.join(''))),
      { numRuns: 1000 },
    );
  });

  it('should split any text as Intl.Segmenter does', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 20 }), agrees), {
      numRuns: 500,
    });
  });
});
