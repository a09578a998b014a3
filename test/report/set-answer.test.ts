import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/report/parse-report.js';
import { answerSpans } from '../../src/report/lints/answer-spans.js';
import { answerText, readAnswer } from '../../src/report/read-answer.js';
import { setAnswer } from '../../src/report/set-answer.js';
import { wholeRegion } from '../../src/report/answer/whole-region.js';
import { makeReport } from '../helpers/make-report.js';

const q = '### Question 1\n> **Q?**\n>\n> Answer:';

describe('setAnswer', () => {
  it('should replace the placeholder with a blank line, the answer, a blank line', () => {
    const text = `${q}\n\n--- question 1 fill here ---\n\n### Question 2\n`;
    expect(setAnswer(parseReport(text), 1, 'Group 7')).toBe(`${q}\n\nGroup 7\n\n### Question 2\n`);
  });

  it('should write CRLF into a CRLF file', () => {
    const text = `${q}\n\n--- question 1 fill here ---\n\n### Question 2\n`.replace(/\n/g, '\r\n');
    expect(setAnswer(parseReport(text), 1, 'a\nb')).toBe(
      `${q}\n\na\nb\n\n### Question 2\n`.replace(/\n/g, '\r\n'),
    );
  });

  it('should move an answer typed inline in the quote below it and drop the placeholder', () => {
    const text = `${q} Group 7\n\n--- question 1 fill here ---\n\n### Question 2\n`;
    expect(setAnswer(parseReport(text), 1, 'Group 7')).toBe(`${q}\n\nGroup 7\n\n### Question 2\n`);
  });

  it('should keep a missing final newline at the end of the file', () => {
    const text = `${q}\n\n--- question 1 fill here ---`;
    expect(setAnswer(parseReport(text), 1, 'done')).toBe(`${q}\n\ndone`);
    expect(setAnswer(parseReport(`${text}\n`), 1, 'done')).toBe(`${q}\n\ndone\n`);
  });

  it('should give a body right below > Answer: its blank line, so it leaves the quote', () => {
    const text = `${q}\nold\n\n### Question 2\n`;
    expect(setAnswer(parseReport(text), 1, 'new')).toBe(`${q}\n\nnew\n\n### Question 2\n`);
  });

  it('should keep the blank lines a file already has around an answer', () => {
    const text = `${q}\n\n\nold\n\n\n### Question 2\n`;
    expect(setAnswer(parseReport(text), 1, 'new')).toBe(`${q}\n\n\nnew\n\n\n### Question 2\n`);
  });

  it('should trim blank lines around the new answer and trailing white space', () => {
    const text = `${q}\n\nold\n\n### Question 2\n`;
    expect(setAnswer(parseReport(text), 1, '\n\n  code\nmore  \n\n')).toBe(
      `${q}\n\n  code\nmore\n\n### Question 2\n`,
    );
  });

  it('should return the same text when the answer is unchanged', () => {
    const text = `${q} inline\nodd\n\n\n\n### Question 2\n`;
    const report = parseReport(text);
    expect(setAnswer(report, 1, report.questions[0]!.answer)).toBe(text);
  });

  it('should refuse a question that does not exist or has no Answer:', () => {
    const report = parseReport('### Question 1\nnothing\n### Question 2\n> Answer:\n');
    expect(() => setAnswer(report, 3, 'x')).toThrow('The report has no question 3.');
    expect(() => setAnswer(report, 1, 'x')).toThrow('Question 1 has no "Answer:" line to write after.');
  });
});

// Answers a student could type: words, punctuation, blank lines; no headings and no `Answer:` (lints cover those).
const answerArb = fc
  .array(
    fc.oneof(
      fc.stringMatching(/^[A-Za-z0-9.,;:!?'"()*_`é ø-]{1,40}$/),
      fc.constant(''),
      fc.constant('![plot](figures/a b.png)'),
      fc.constant('- bullet'),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((lines) => lines.join('\n').replace(/^[\s]+|[\s]+$/g, ''))
  .filter((a) => a !== '' && !a.includes('Answer:'));

const reportArb = fc.record({
  eol: fc.constantFrom<'\n' | '\r\n' | '\r'>('\n', '\r\n', '\r'),
  bom: fc.boolean(),
  finalNewline: fc.boolean(),
  frontMatter: fc.boolean(),
  questions: fc.constantFrom<27 | 31>(27, 31),
});

describe('setAnswer properties', () => {
  it('should change nothing outside the answer region, read back the answer, and restore the file', () => {
    fc.assert(
      fc.property(reportArb, fc.integer({ min: 1, max: 31 }), answerArb, (options, n, answer) => {
        const number = Math.min(n, options.questions);
        const text = makeReport(options);
        const report = parseReport(text);
        const question = report.questions.find((x) => x.number === number)!;
        const written = setAnswer(report, number, answer);
        const tailLength = text.length - question.region.end;
        expect(written.slice(0, question.region.start)).toBe(text.slice(0, question.region.start));
        expect(written.slice(written.length - tailLength)).toBe(text.slice(question.region.end));
        const reread = parseReport(written);
        expect(reread.questions.map((x) => x.answer)).toEqual(
          report.questions.map((x) => (x.number === number ? answer : x.answer)),
        );
        // Every line break written is the file's own, a lone CR's too (issue 18 item 9).
        expect(written.split(options.eol).join('')).not.toMatch(/[\r\n]/);
        expect(setAnswer(reread, number, question.answer)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('should survive a chain of edits to different questions and come back byte for byte', () => {
    fc.assert(
      fc.property(
        reportArb,
        fc.array(fc.tuple(fc.integer({ min: 1, max: 27 }), answerArb), { maxLength: 8 }),
        (options, edits) => {
          const original = makeReport(options);
          let text = original;
          for (const [n, answer] of edits) text = setAnswer(parseReport(text), n, answer);
          const before = parseReport(original);
          for (const [n] of edits) text = setAnswer(parseReport(text), n, before.questions[n - 1]!.answer);
          expect(text).toBe(original);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('setAnswer on the whole region', () => {
  it('should replace sub-headings and all below them, change nothing outside the whole region, and restore the file', () => {
    const withHeadingArb = fc
      .tuple(answerArb, answerArb)
      .map(([before, after]) => `${before}\n\n#### **Backend API Design**\n\n${after}`);
    fc.assert(
      fc.property(
        reportArb,
        fc.integer({ min: 1, max: 27 }),
        withHeadingArb,
        answerArb,
        (options, number, old, answer) => {
          const text = makeReport({ ...options, answers: { [number]: old } });
          const report = parseReport(text);
          const question = report.questions.find((x) => x.number === number)!;
          const region = wholeRegion(question, answerSpans(report)[question.position]);
          expect(answerText(readAnswer(text, region))).toBe(old);
          const written = setAnswer(report, number, answer);
          const tailLength = text.length - region.end;
          expect(written.slice(0, region.start)).toBe(text.slice(0, region.start));
          expect(written.slice(written.length - tailLength)).toBe(text.slice(region.end));
          const reread = parseReport(written);
          expect(reread.questions.map((x) => x.answer)).toEqual(
            report.questions.map((x) => (x.number === number ? answer : x.answer)),
          );
          expect(setAnswer(reread, number, old)).toBe(text);
        },
      ),
      { numRuns: 200 },
    );
  });
});
