import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../../src/report/check-report.js';
import { lintContext } from '../../../src/report/lints/lint-context.js';
import { reportPyCounts } from '../../../src/report/lints/report-py-counts.js';
import { parseReportStructure } from '../../../src/report/parse-report.js';
import { makeReport } from '../../helpers/make-report.js';

/** Each slice counted on its own: what sliceCounts stands for. */
const direct = (text: string, slices: { start: number; end: number }[]) =>
  slices.map((s) => reportPyCounts(text.slice(s.start, s.end)));

// Answers with words, images, CR line endings, a `###` that cuts one and a stray `Answer:` that adds a slice.
const piece = fc.constantFrom(
  'word',
  ' ',
  '\n',
  '\r\n',
  '\r',
  '![a](b.png)',
  '### Sub',
  'Answer: x',
  '\t',
  '\u00a0',
);
const answer = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));

describe("the lint context's sliceCounts", () => {
  it("should give each slice's words and images as counting it does, whether the check stopped or not", () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.integer({ min: 1, max: 31 }).map(String), answer),
        fc.constantFrom<'\n' | '\r\n'>('\n', '\r\n'),
        (answers, eol) => {
          const text = makeReport({ answers: Object.fromEntries(Object.entries(answers)), eol });
          const context = lintContext(parseReportStructure(text));
          expect(context.slices.map((_, i) => context.sliceCounts(i))).toEqual(direct(text, context.slices));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("should take the check's figures, not count again, when the check is of these slices", () => {
    const text = makeReport({ answers: { 1: 'one two', 2: '![a](b.png) three' } });
    const check = checkReport(text);
    // A check whose figures differ from the text's shows where they come from.
    const marked = { ...check, questions: check.questions.map((q) => ({ ...q, words: q.words + 100 })) };
    const context = lintContext(parseReportStructure(text), { check: marked });
    expect(context.sliceCounts(0)).toEqual({ words: 102, images: 0 });
    expect(context.sliceCounts(1)).toEqual({ words: 102, images: 1 });
  });
});
