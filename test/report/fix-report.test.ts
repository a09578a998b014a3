import fc from 'fast-check';
import { windowsAscii } from '../../src/report/windows-ascii.js';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../src/report/check-report.js';
import { fixReport } from '../../src/report/fix-report.js';
import { answerSpans } from '../../src/report/lints/answer-spans.js';
import { lintReport } from '../../src/report/lint-report.js';
import { parseReport } from '../../src/report/parse-report.js';
import { makeReport } from '../helpers/make-report.js';

/** Three questions; each `answers[i]` is everything after that question's `Answer:`. */
const small = (answers: string[]): string =>
  '# Report\n\n## Group information\n\n' +
  answers.map((a, i) => `### Question ${i + 1}\n> **Prompt\u00a0${i + 1}?**\n>\n> Answer:${a}`).join('');

const fix = (text: string) => fixReport(parseReport(text));

/** The text with every answer region blanked out: what fixReport must never change. */
const outsideRegions = (text: string): string => {
  const report = parseReport(text);
  let masked = text;
  for (const q of [...report.questions].reverse()) {
    masked = `${masked.slice(0, q.region.start)}\u0000${masked.slice(q.region.end)}`;
  }
  return masked;
};

describe('fixReport', () => {
  it('should remove a placeholder whose answer sits under a "####" sub-heading (the whole answer is judged)', () => {
    const result = fix(small(['\n\n--- question 1 fill here ---\n\n#### Setup\n\nGroup 7\n\n', '\n\nA\n']));
    expect(result.text).toBe(small(['\n\n#### Setup\n\nGroup 7\n\n', '\n\nA\n']));
    expect(result.fixes.map((f) => [f.rule, f.question])).toEqual([['placeholder', 1]]);
  });

  it('should remove a placeholder left next to an answer, with its blank line', () => {
    const result = fix(small(['\n\n--- question 1 fill here ---\n\nGroup 7\n\n', '\n\nA\n']));
    expect(result.text).toBe(small(['\n\nGroup 7\n\n', '\n\nA\n']));
    expect(result.fixes).toEqual([
      {
        rule: 'placeholder',
        question: 1,
        message:
          'Removed the placeholder "--- question 1 fill here ---" from question 1 (report.py counted its 6 words).',
      },
    ]);
  });

  it('should keep the placeholder of an unanswered question', () => {
    const text = small(['\n\n--- question 1 fill here ---\n\n', '\n\n--- question 2 fill here ---\n']);
    expect(fix(text)).toEqual({ text, fixes: [] });
  });

  it('should move an answer typed on the "> Answer:" line below the quote and drop the placeholder', () => {
    const result = fix(small([' Group 7\n\n--- question 1 fill here ---\n\n', '\n\nA\n']));
    expect(result.text).toBe(small(['\n\nGroup 7\n\n', '\n\nA\n']));
    expect(result.fixes.map((f) => f.rule)).toEqual(['inline-answer', 'placeholder']);
    expect(result.fixes[0]!.message).toBe(
      'Moved question 1\'s answer from the "> Answer:" line to below the quote.',
    );
  });

  it('should take the quote lines continuing an inline answer along', () => {
    expect(fix(small([' We used X\n> and Y.\n>\n> Then Z.\n\n', '\n\nA\n'])).text).toBe(
      small(['\n\nWe used X\nand Y.\n\nThen Z.\n\n', '\n\nA\n']),
    );
  });

  it('should add the blank line an inline answer needs before text right below it', () => {
    expect(fix(small([' First part\nsecond part\n', '\n\nA\n'])).text).toBe(
      small(['\n\nFirst part\n\nsecond part\n', '\n\nA\n']),
    );
  });

  it('should replace non-ASCII spaces inside answers only', () => {
    const result = fix(small(['\n\nten\u00a0words\u2009here\n\n', '\n\nA\n']));
    expect(result.text).toBe(small(['\n\nten words here\n\n', '\n\nA\n']));
    expect(result.text).toContain('Prompt\u00a01?');
    expect(result.fixes).toEqual([
      {
        rule: 'windows-count',
        question: 1,
        message: "Replaced 2 non-ASCII spaces in question 1's answer with ordinary spaces.",
      },
    ]);
  });

  it('should keep a missing final newline after an inline answer at the end of the file', () => {
    expect(fix(small(['\n\nA\n', ' Done'])).text).toBe(small(['\n\nA\n', '\n\nDone']));
  });

  it('should keep a missing final newline when the last line was the placeholder', () => {
    expect(fix(small(['\n\nA\n', '\n\nDone\n\n--- question 2 fill here ---'])).text).toBe(
      small(['\n\nA\n', '\n\nDone']),
    );
  });

  it('should keep CRLF line endings and the BOM', () => {
    const text = `\uFEFF${small([' Group 7\n\n--- question 1 fill here ---\n\n', '\n\nA\n']).replace(/\n/g, '\r\n')}`;
    expect(fix(text).text).toBe(`\uFEFF${small(['\n\nGroup 7\n\n', '\n\nA\n']).replace(/\n/g, '\r\n')}`);
  });

  it('should change nothing in a report that needs no fix', () => {
    const text = makeReport({ answers: { 1: 'Group 3', 4: 'We pinned every dependency.' } });
    expect(fix(text)).toEqual({ text, fixes: [] });
  });

  it('should only touch answer regions, be idempotent and leave nothing its lints ask it to fix', () => {
    const piece = fc.constantFrom(
      'word',
      ' ',
      '\n',
      '\n\n',
      '--- question 1 fill here ---',
      '\u00a0',
      '\u2009',
      '\u3000',
      '> quoted',
      '*',
    );
    const answer = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));
    const fixable = new Set(['inline-answer', 'windows-count']);
    fc.assert(
      fc.property(answer, answer, answer, fc.boolean(), fc.boolean(), (a, b, c, crlf, finalNewline) => {
        let text = small([`${a}\n`, `${b}\n`, `${c}${finalNewline ? '\n' : ''}`]);
        if (crlf) text = text.replace(/\n/g, '\r\n');
        const once = fix(text);
        expect(outsideRegions(once.text)).toBe(outsideRegions(text));
        expect(fix(once.text)).toEqual({ text: once.text, fixes: [] });
        if (crlf) expect(once.text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
        const left = lintReport(parseReport(once.text)).filter(
          (l) =>
            fixable.has(l.rule) || (l.rule === 'placeholder' && l.message.includes('next to your answer')),
        );
        expect(left).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('should make curly quotes, dashes and no-break spaces in answers ASCII with windows, keeping a line-start dash', () => {
    const text = small([
      '\n\nIt was \u201Dfast\u201D \u2013 and \u2018good\u2019.\n\n',
      '\n\n\u2014 a dash first, then a\u2010b.\n\n',
      '\n\nPlain.\n',
    ]);
    expect(fixReport(parseReport(text), { windows: true })).toEqual({
      text: small([
        '\n\nIt was "fast" - and \'good\'.\n\n',
        '\n\n\u2014 a dash first, then a-b.\n\n',
        '\n\nPlain.\n',
      ]),
      fixes: [
        {
          rule: 'windows-crash',
          question: 1,
          message:
            "Replaced 4 curly quotes and 1 dash in question 1's answer with ASCII, as report.py on Windows reads " +
            'them differently; its counts stay the same.',
        },
        {
          rule: 'windows-crash',
          question: 2,
          message:
            "Replaced 1 dash in question 2's answer with ASCII, as report.py on Windows reads them differently; its " +
            'counts stay the same.',
        },
      ],
    });
  });

  it("should change nothing outside the answers and keep report.py's counts with windows", () => {
    const piece = fc.constantFrom(
      'word',
      ' ',
      '\n',
      '\n\n',
      '\u201Cq\u201D',
      '\u2019',
      '\u2013',
      '\u2014',
      '\u2010',
      '\u00a0',
      '\u202f',
      '> quoted',
      '#### Sub',
      '![a](figures/a.png)',
    );
    const answer = fc.array(piece, { minLength: 1, maxLength: 10 }).map((parts) => parts.join(''));
    const counts = (t: string) => {
      const result = checkReport(t);
      return { fatal: result.fatal, questions: result.questions.map((q) => [q.words, q.images]) };
    };
    fc.assert(
      fc.property(fc.tuple(answer, answer, answer), fc.boolean(), ([a, b, c], crlf) => {
        let text = makeReport({ answers: { 4: a, 17: b, 31: c } }).replace(
          '# Exam template',
          '# Exam \u201Ctemplate\u201D \u2014',
        );
        if (crlf) text = text.replace(/\n/g, '\r\n');
        const plain = fixReport(parseReport(text)).text;
        const windows = fixReport(parseReport(text), { windows: true });
        // Each replacement is one UTF-16 unit for one: the answer spans of the plain fix mask both texts.
        expect(windows.text.length).toBe(plain.length);
        const spans = answerSpans(parseReport(plain));
        const mask = (t: string): string =>
          spans.reduceRight(
            (m, span) => (span ? `${m.slice(0, span.start)}\u0000${m.slice(span.end)}` : m),
            t,
          );
        expect(mask(windows.text)).toBe(mask(plain));
        expect(counts(windows.text)).toEqual(counts(plain));
        expect(counts(windows.text)).toEqual(counts(text));
        expect(fixReport(parseReport(windows.text), { windows: true })).toEqual({
          text: windows.text,
          fixes: [],
        });
        // Unguarded, the stand-ins alone keep every figure: what the windows-crash lint relies on.
        expect(counts(windowsAscii(parseReport(text), { verify: false }).text)).toEqual(counts(text));
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
