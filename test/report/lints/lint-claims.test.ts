import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../../src/report/check-report.js';
import { fixReport } from '../../../src/report/fix-report.js';
import { countImages } from '../../../src/report/count-images.js';
import { countWords } from '../../../src/report/count-words.js';
import { newestChecker } from '../../../src/report/generations.js';
import { lintReport } from '../../../src/report/lint-report.js';
import { answerSpans } from '../../../src/report/lints/answer-spans.js';
import type { Counts, Lint } from '../../../src/report/lints/lint.js';
import { parseReport } from '../../../src/report/parse-report.js';
import { pythonWhitespace } from '../../../src/report/python-whitespace.js';
import { placeholderPattern } from '../../../src/report/placeholder.js';
import { type ReportPySlice, reportPySlices, reportPySplit } from '../../../src/report/report-py-slices.js';
import { universalNewlines } from '../../../src/report/universal-newlines.js';
import { windowsText } from '../../../src/report/windows-text.js';
import { answeredReport } from './answered-report.js';

const pythonSpace = new RegExp(`[${pythonWhitespace}]`);

/** Each answer report.py checks, counted; unlike `checkReport` also when the number of answers is wrong. */
const reportPyAnswers = (text: string): Counts[] => {
  const read = universalNewlines(text);
  return reportPySplit(read, newestChecker.algorithm).slices.map(({ start, end }) => ({
    words: countWords(read.slice(start, end)),
    images: countImages(read.slice(start, end)),
  }));
};

const total = (counts: Counts[]): Counts =>
  counts.reduce((sum, c) => ({ words: sum.words + c.words, images: sum.images + c.images }), {
    words: 0,
    images: 0,
  });

/** The offset of the `nth` match of `pattern` on 1-based line `line` (lines end at `\n` here). */
const offsetOn = (text: string, line: number, pattern: RegExp, nth: number): [number, number] => {
  const lineStart =
    text
      .split('\n')
      .slice(0, line - 1)
      .join('\n').length + (line > 1 ? 1 : 0);
  const lineText = text.slice(lineStart).split('\n')[0]!;
  const m = [...lineText.matchAll(new RegExp(pattern.source, 'gi'))][nth]!;
  return [lineStart + m.index, lineStart + m.index + m[0].length];
};

// Pieces that make lints with figures: placeholders (also glued to a word), sub-headings and "##" in words and code,
// stray markers, images, and characters cp1252 reads differently.
const piece = fc.constantFrom(
  'We',
  'used',
  'Docker.',
  'C##',
  'a ## b',
  '\n\n### Sub\n\n',
  '\n\n#### Note\n\n',
  'Answer:',
  'Answer: yes',
  '--- question 4 fill here ---',
  'x--- question 7 fill here ---y',
  '![a](figures/a.png)',
  'We\u2009did',
  'voil\u00e0',
  'one\u0085two',
  'a\u00a0b',
  '\n\n```\ncode ## x\n```\n\n',
  '\n\n## References\n\nSee ![b](figures/b.png) and',
  // Images the page hides, each alone on its line.
  '\n\n    ![c](figures/c.png)\n\n',
  '\n\n<!-- ![d](figures/d.png) -->\n\n',
  '\n\n`![e](figures/e.png)`\n\n',
);
const answer = fc.array(piece, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(' '));
// The last question always gets one: only there does text below the answer count.
const reports = fc
  .tuple(fc.dictionary(fc.integer({ min: 4, max: 30 }).map(String), answer, { maxKeys: 3 }), answer)
  .map(([answers, last]) =>
    answeredReport({
      ...Object.fromEntries(Object.entries(answers).map(([k, v]) => [Number(k), v])),
      31: last,
    }),
  );

/** The lints with a claim, each with how many lints of its rule came before it on its line. */
const claimed = (text: string): { lint: Lint; nth: number }[] => {
  const seen = new Map<string, number>();
  return lintReport(parseReport(text))
    .filter((lint) => lint.claim !== undefined)
    .map((lint) => {
      const key = `${lint.rule}:${lint.line}`;
      const nth = seen.get(key) ?? 0;
      seen.set(key, nth + 1);
      return { lint, nth };
    });
};

/** Checks one lint's claim by making the change it suggests and running report.py's count again. */
const verify = (text: string, lint: Lint, nth: number): void => {
  const claim = lint.claim!;
  const before = reportPyAnswers(text);
  const report = parseReport(text);
  const index = report.questions.findIndex((q) => q.number === lint.question);
  const span = answerSpans(report)[index]!;
  switch (lint.rule) {
    case 'placeholder': {
      // Delete it: report.py's figures drop by exactly what it claims counted.
      const [start, end] = offsetOn(text, lint.line!, new RegExp(placeholderPattern), nth);
      const after = reportPyAnswers(text.slice(0, start) + text.slice(end));
      expect(after.length).toBe(before.length);
      const drop = {
        words: total(before).words - total(after).words,
        images: total(before).images - total(after).images,
      };
      expect(drop).toEqual(claim.counted);
      break;
    }
    case 'heading-in-answer': {
      // Take every "#" out of the answer (as "x", keeping the words): report.py counts the missed rest too.
      const own = (s: ReportPySlice): boolean => s.start >= span.start && s.start <= span.end && !s.last;
      const at = reportPySlices(text).findIndex(own);
      const edited =
        text.slice(0, span.start) +
        text.slice(span.start, span.end).replace(/#/g, 'x') +
        text.slice(span.end);
      const afterAt = reportPySlices(edited).findIndex(own);
      expect(before[at]).toEqual(claim.counted);
      expect(reportPyAnswers(edited)[afterAt]).toEqual({
        words: claim.counted!.words + claim.missed!.words,
        images: claim.counted!.images + claim.missed!.images,
      });
      break;
    }
    case 'answer-in-answer': {
      // Write it in lower case.
      const [start, end] = offsetOn(text, lint.line!, /Answer:/, nth);
      const edited = `${text.slice(0, start)}answer:${text.slice(end)}`;
      const after = reportPyAnswers(edited);
      if (claim.answers) {
        expect([before.length, after.length]).toEqual([claim.answers.now, claim.answers.fixed]);
      } else {
        expect(after.length).toBe(before.length);
        expect({
          words: total(after).words - total(before).words,
          images: total(after).images - total(before).images,
        }).toEqual(claim.missed);
      }
      break;
    }
    case 'windows-count': {
      // report.py's figure here and on Windows; with the non-ASCII characters made ASCII, the two agree.
      const at = claim.answer! - 1;
      expect(checkReport(text).questions[at]).toMatchObject(claim.counted!);
      expect(checkReport(windowsText(text)!).questions[at]).toMatchObject(claim.windows!);
      const ascii = text.replace(/[^\u0000-\u007f]/gu, (c) => (pythonSpace.test(c) ? ' ' : 'x')); // eslint-disable-line no-control-regex
      expect(checkReport(windowsText(ascii)!).questions[at]).toMatchObject(claim.counted!);
      break;
    }
    case 'after-last-answer': {
      // Delete what follows the last answer: the last answer report.py checks drops by what it claims counted.
      const after = reportPyAnswers(text.slice(0, span.end));
      expect(after.length).toBe(before.length);
      expect({
        words: total(before).words - total(after).words,
        images: total(before).images - total(after).images,
      }).toEqual(claim.counted);
      break;
    }
    case 'image-in-code':
    case 'image-in-comment': {
      // Delete the image: report.py's figures drop by exactly what it claims counted.
      const [start, end] = offsetOn(text, lint.line!, /!\[[^\n\r]*?\]\([^\n\r]*?\)/, 0);
      const after = reportPyAnswers(text.slice(0, start) + text.slice(end));
      expect(after.length).toBe(before.length);
      expect({
        words: total(before).words - total(after).words,
        images: total(before).images - total(after).images,
      }).toEqual(claim.counted);
      break;
    }
    case 'inline-answer':
      // Checked by its own property below, through fixReport's move.
      break;
    default:
      throw new Error(`No way to check the claim of rule ${lint.rule}`);
  }
};

describe('lint claims', () => {
  it('should state figures that the suggested change makes true, in generated reports', () => {
    const checked = new Map<string, number>();
    fc.assert(
      fc.property(reports, (text) => {
        for (const { lint, nth } of claimed(text)) {
          verify(text, lint, nth);
          checked.set(lint.rule, (checked.get(lint.rule) ?? 0) + 1);
        }
      }),
      { numRuns: 300 },
    );
    // A property that checks nothing would pass: make sure it checked each rule with figures many times.
    for (const rule of ['placeholder', 'heading-in-answer', 'answer-in-answer', 'windows-count']) {
      expect(checked.get(rule) ?? 0, rule).toBeGreaterThan(30);
    }
    for (const rule of ['after-last-answer', 'image-in-code', 'image-in-comment']) {
      expect(checked.get(rule) ?? 0, rule).toBeGreaterThan(3);
    }
    // About 2 s alone; a loaded 2-core machine takes several times that.
  }, 60_000);

  it('should render the message from the claim', () => {
    const text = answeredReport({ 5: 'Intro words here.\n\n### Sub\n\nMore words after it.' });
    const [lint] = claimed(text).map((c) => c.lint);
    expect(lint?.message).toContain(`counts ${lint?.claim?.counted?.words} words and misses the 6 words`);
  });

  it("should state what moving an inline answer does to report.py's count, as fix moves it", () => {
    const first = fc.constantFrom('typed words', 'a ![x](figures/x.png)', 's1,');
    const continuation = fc.array(fc.constantFrom(' more', '', 'text', ' > nested', ' ![y](figures/y.png)'), {
      maxLength: 4,
    });
    fc.assert(
      fc.property(fc.integer({ min: 4, max: 30 }), first, continuation, (k, typed, lines) => {
        const text = answeredReport().replace(
          `> Answer:\n\nOur answer to question ${k}.`,
          [`> Answer: ${typed}`, ...lines.map((l) => `>${l}`), '', 'Rest of it.'].join('\n'),
        );
        const [lint] = lintReport(parseReport(text)).filter((l) => l.rule === 'inline-answer');
        expect(reportPyAnswers(text)[k - 1]).toEqual(lint!.claim!.counted);
        const fixed = fixReport(parseReport(text)).text;
        expect(reportPyAnswers(fixed)[k - 1]).toEqual(lint!.claim!.fixed);
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
