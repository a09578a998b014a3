import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { lineClusters } from '../../src/ui/line-clusters.js';

const segmenter = new Intl.Segmenter();
const segments = (line: string): { start: number; end: number }[] =>
  Array.from(segmenter.segment(line), ({ segment, index }) => ({
    start: index,
    end: index + segment.length,
  }));
const offsets = (line: string): { start: number; end: number }[] =>
  lineClusters(line).map(({ start, end }) => ({ start, end }));

// Characters that join their neighbours in every way UAX #29 knows, next to ones that never do.
const pool = [
  'a',
  ' ',
  '.',
  '\t',
  'æ',
  'é',
  '©',
  '\u00AD',
  '中',
  '가',
  '\u1100',
  '\u1161',
  '\u11A8',
  '\u0301',
  '\u200D',
  '\uFE0F',
  '\u20E3',
  '\u{1F3FD}',
  '\u{1F468}',
  '\u{1F1E9}',
  '\u{1F1F0}',
  '\u0600',
  '\u0903',
  '\u0915',
  '\u094D',
  '\u0937',
  '\u{1F600}',
];

describe('lineClusters', () => {
  it('should split a line as Intl.Segmenter does, with string-width widths', () => {
    const line = `ab🇩🇰e\u0301中가\u1100\u1161 x\t`;
    expect(offsets(line)).toEqual(segments(line));
    expect(lineClusters(line).map(({ width }) => width)).toEqual([1, 1, 2, 1, 2, 2, 2, 1, 1, 1]);
  });

  it('should give a tab one cell and printable ASCII one cell each', () => {
    expect(lineClusters('a\tb')).toEqual([
      { start: 0, end: 1, width: 1 },
      { start: 1, end: 2, width: 1 },
      { start: 2, end: 3, width: 1 },
    ]);
  });

  it('should find the segmenter boundaries in any mix of joining and plain characters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { maxLength: 30 }), (parts) => {
        const line = parts.join('');
        expect(offsets(line)).toEqual(segments(line));
      }),
      { numRuns: 500 },
    );
  });

  it('should find the segmenter boundaries and string-width widths in any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 30 }), (raw) => {
        // string-width counts tabs and other controls as nothing; the editor draws them (see clusterWidth).
        const line = Array.from(raw)
          .filter((char) => !/\p{Cc}/u.test(char))
          .join('');
        expect(offsets(line)).toEqual(segments(line));
        expect(lineClusters(line).reduce((cells, { width }) => cells + width, 0)).toBe(stringWidth(line));
      }),
    );
  });
});
