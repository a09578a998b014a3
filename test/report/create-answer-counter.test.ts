import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../src/report/check-report.js';
import { createAnswerCounter } from '../../src/report/create-answer-counter.js';
import { answerSpans } from '../../src/report/lints/answer-spans.js';
import { parseReport } from '../../src/report/parse-report.js';
import { setAnswer } from '../../src/report/set-answer.js';
import { makeReport } from '../helpers/make-report.js';

// Our own fixtures: a placeholder left in Q3 and a cut in Q23, sub-headings, inline answers, odd images, Prettier's layout.
const fixtures = join(import.meta.dirname, '../fixtures/reports');
const texts = [
  makeReport({ eol: '\n', questions: 31 }),
  makeReport({ eol: '\r\n', questions: 31, finalNewline: false }),
  makeReport({ eol: '\n', questions: 27 }),
  readFileSync(join(fixtures, 'wizard-states.md'), 'utf8'),
  readFileSync(join(fixtures, 'subheading-in-answer.md'), 'utf8'),
  readFileSync(join(fixtures, 'inline-answers.md'), 'utf8'),
  readFileSync(join(fixtures, 'images.md'), 'utf8'),
  readFileSync(join(fixtures, 'prettier-2026.md'), 'utf8'),
];

// Drafts with what moves report.py's cut and split: headings, `##` inside a line, `Answer:`, placeholders, images.
const draftArb = fc
  .array(
    fc.oneof(
      fc.stringMatching(/^[A-Za-z0-9.,;!?'"()*_` -]{1,30}$/),
      fc.constant(''),
      fc.constant('#### **Backend API Design**'),
      fc.constant('### Usage'),
      fc.constant('## Notes'),
      fc.constant('I like C## a lot'),
      fc.constant('Answer: yes'),
      fc.constant('--- question 3 fill here ---'),
      fc.constant('![plot](figures/a.png)'),
    ),
    { maxLength: 8 },
  )
  .map((lines) => lines.join('\n'));

const wholeCount = (text: string, number: number, draft: string) => {
  const report = parseReport(text);
  const question = report.questions.find((q) => q.number === number)!;
  const check = checkReport(text);
  if (question.answerMarker === null) return null;
  return (
    checkReport(setAnswer(report, number, draft), {
      generation: check.generation,
      checker: check.checker,
    }).questions[question.position] ?? null
  );
};

describe('createAnswerCounter', () => {
  it('should count exactly what report.py counts in the written report, for any draft of any question', () => {
    const prepared = texts.map((text) => {
      const report = parseReport(text);
      return { text, report, counter: createAnswerCounter(report, checkReport(text), answerSpans(report)) };
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: texts.length - 1 }),
        fc.integer({ min: 1, max: 31 }),
        draftArb,
        (which, n, draft) => {
          const { text, report, counter } = prepared[which]!;
          const number = report.questions[(n - 1) % report.questions.length]!.number;
          expect(counter.count(number, draft)).toEqual(wholeCount(text, number, draft));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('should count the placeholder of question 3 as report.py does, and 0 once it is replaced by nothing', () => {
    const text = texts[3]!;
    const report = parseReport(text);
    const counter = createAnswerCounter(report, checkReport(text), answerSpans(report));
    expect(counter.count(3, '--- question 3 fill here ---')?.words).toBe(6);
    expect(counter.count(3, '')?.words).toBe(0);
    expect(counter.count(3, 'We are group 7.')?.words).toBe(4);
  });

  it('should say where report.py stops counting: the first "##" of the draft, except in the last answer', () => {
    const text = texts[0]!;
    const report = parseReport(text);
    const counter = createAnswerCounter(report, checkReport(text), answerSpans(report));
    expect(counter.cut(23, 'one two\n\n#### Backend\nthree')).toBe(9);
    expect(counter.cut(23, 'one two three')).toBeNull();
    expect(counter.cut(31, 'one\n## two')).toBeNull();
  });
});
