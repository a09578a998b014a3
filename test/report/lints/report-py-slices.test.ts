import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newestChecker } from '../../../src/report/generations.js';
import { reportPySlices } from '../../../src/report/lints/report-py-slices.js';
import { splitAnswers } from '../../../src/report/split-answers.js';

const stripLf = (s: string): string => s.replace(/^\n+|\n+$/g, '');

describe('reportPySlices', () => {
  it('should cut kept chunks at ## and append the last chunk whole', () => {
    const text = 'intro Answer: one ## two ### x Answer: dropped Answer: last ### tail';
    expect(reportPySlices(text).map((s) => text.slice(s.start, s.end))).toEqual([
      ' one ',
      ' last ',
      ' last ### tail',
    ]);
  });

  it('should find nothing without "Answer:"', () => {
    expect(reportPySlices('### Question 1\nno marker\n')).toEqual([]);
  });

  it('should slice exactly the answers report.py checks', () => {
    const text = fc
      .array(fc.constantFrom('Answer:', '###', '##', '#', 'a', ' ', '\n'), { maxLength: 40 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const split = splitAnswers(t, newestChecker);
        const slices = reportPySlices(t).map((s) => stripLf(t.slice(s.start, s.end)));
        expect(slices).toEqual(split.answers ?? []);
      }),
      { numRuns: 1000 },
    );
  });
});
