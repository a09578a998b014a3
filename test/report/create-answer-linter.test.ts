import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAnswerLinter, isAnswerRule } from '../../src/report/create-answer-linter.js';
import { lintReport } from '../../src/report/lint-report.js';
import { parseReport } from '../../src/report/parse-report.js';
import { setAnswer } from '../../src/report/set-answer.js';
import { makeReport } from '../helpers/make-report.js';

// Our own fixtures: a placeholder left in Q3 and a cut in Q23, sub-headings, inline answers, odd images, Prettier's layout.
const fixtures = join(import.meta.dirname, '../fixtures/reports');
const texts = [
  makeReport({ eol: '\n', questions: 31 }),
  makeReport({ eol: '\r\n', questions: 31, finalNewline: false }),
  readFileSync(join(fixtures, 'wizard-states.md'), 'utf8'),
  readFileSync(join(fixtures, 'subheading-in-answer.md'), 'utf8'),
  readFileSync(join(fixtures, 'inline-answers.md'), 'utf8'),
  readFileSync(join(fixtures, 'images.md'), 'utf8'),
  readFileSync(join(fixtures, 'prettier-2026.md'), 'utf8'),
];

const draftArb = fc
  .array(
    fc.oneof(
      fc.stringMatching(/^[A-Za-z0-9.,;!?'"()*_` -]{1,30}$/),
      fc.constant(''),
      fc.constant('#### **Backend API Design**'),
      fc.constant('## Notes'),
      fc.constant('```python'),
      fc.constant('```'),
      fc.constant('<br>'),
      fc.constant('~~old~~'),
      fc.constant('Answer: yes'),
      fc.constant('--- question 3 fill here ---'),
      fc.constant('![plot](figures\\a.png)'),
      fc.constant('![plot](https://x.org/a.png)'),
      fc.constant('| a | b |'),
      fc.constant('<!-- ![hidden](figures/a.png) -->'),
      fc.constant('    ![indented](figures/a.png)'),
    ),
    { maxLength: 8 },
  )
  .map((lines) => lines.join('\n'));

const exists = (path: string): boolean => path === 'figures/a.png';

describe('createAnswerLinter', () => {
  it('should find what lintReport finds in the written report for that answer, for any draft', () => {
    const prepared = texts.map((text) => {
      const report = parseReport(text);
      return { report, lint: createAnswerLinter(report, { imageExists: exists }) };
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: texts.length - 1 }),
        fc.integer({ min: 1, max: 31 }),
        draftArb,
        (which, n, draft) => {
          const { report, lint } = prepared[which]!;
          const number = report.questions[(n - 1) % report.questions.length]!.number;
          const written = parseReport(setAnswer(report, number, draft));
          const expected = lintReport(written, { imageExists: exists }).filter(
            (l) => l.question === number && isAnswerRule(l.rule),
          );
          expect(lint(number, draft)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('should drop the placeholder warning once an answer replaces it', () => {
    const report = parseReport(texts[2]!);
    const lint = createAnswerLinter(report);
    expect(lint(3, '--- question 3 fill here ---').map((l) => l.rule)).toEqual(['placeholder']);
    expect(lint(3, 'We are group 7.')).toEqual([]);
  });
});
