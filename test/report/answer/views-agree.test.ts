import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeReport } from '../../helpers/make-report.js';
import { threeViews } from '../../helpers/three-views.js';

// Pieces of answers that have split the views before: sub-headings, placeholders, fenced code with "# comment" lines,
// stray markers, images, blank lines.
const piece = fc.constantFrom(
  'We used uv.',
  'Docker and GitHub Actions',
  '#### Details',
  '## Details',
  '### Sub',
  '--- question 5 fill here ---',
  '```bash\n# install deps\nuv sync\n```',
  '```\nunclosed',
  'Answer: yes',
  '![fig](figures/a.png)',
  '',
  '   ',
);
const answer = fc.array(piece, { minLength: 1, maxLength: 5 }).map((parts) => parts.join('\n\n'));
const reports = fc
  .record({
    answers: fc.dictionary(fc.integer({ min: 1, max: 31 }).map(String), answer, { maxKeys: 6 }),
    questions: fc.constantFrom<27 | 31>(27, 31, 31),
    eol: fc.constantFrom<'\n' | '\r\n' | '\r'>('\n', '\r\n', '\r'),
  })
  .map(({ answers, questions, eol }) =>
    makeReport({
      questions,
      eol,
      answers: Object.fromEntries(Object.entries(answers).map(([k, v]) => [Number(k), v])),
    }),
  );

describe('status, check --json and the wizard', () => {
  it('should agree on answered and passing questions in generated reports', async () => {
    await fc.assert(
      fc.asyncProperty(reports, async (text) => {
        const { status, check, wizard } = await threeViews(text);
        expect(wizard.answered).toBe(status.answered);
        expect(status.passing).toBe(check.passing);
        expect(wizard.passing).toBe(check.passing);
      }),
      { numRuns: 60 },
    );
  });

  it('should agree on an answer written only under a "####" sub-heading', async () => {
    const text = makeReport({ answers: { 4: '#### Setup\n\nWe used uv.' } });
    const { status, wizard } = await threeViews(text);
    expect([status.answered, wizard.answered]).toEqual([1, 1]);
  });
});
