import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../src/report/check-report.js';
import { countAsWritten } from '../../src/report/count-as-written.js';
import { parseReport } from '../../src/report/parse-report.js';
import { questionByNumber } from '../../src/report/answer/question-by-number.js';
import { wholeAnswer } from '../../src/report/answer/whole-answer.js';
import { wholeRegion } from '../../src/report/answer/whole-region.js';
import { answerSpans } from '../../src/report/lints/answer-spans.js';
import { readAnswer } from '../../src/report/read-answer.js';
import { setAnswer } from '../../src/report/set-answer.js';
import { reportPyFields } from '../helpers/report-py-fields.js';
import { requireSharedCorpusUnderCi, sharedCorpus, sharedCorpusPresent } from '../helpers/shared-corpus.js';

// The shared corpus sits beside the repository on team machines and in CI; a lone clone has none.
const corpus = sharedCorpus;
const present = sharedCorpusPresent('corpus acceptance');
requireSharedCorpusUnderCi(present);

interface Expected {
  fatal: string | null;
  passed: number | null;
  total: number | null;
  questions: { number: number; words: number; images: number; passed: boolean }[];
}

const names = present
  ? readdirSync(join(corpus, 'reports'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => f.slice(0, -3))
  : [];

describe.skipIf(!present)('corpus acceptance (../shared/corpus)', () => {
  it('should hold 34 reports', () => {
    expect(names).toHaveLength(34);
  });

  it.each(names)('should check %s exactly as report.py', (name) => {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
      readFileSync(join(corpus, 'reports', `${name}.md`)),
    );
    const expected = JSON.parse(readFileSync(join(corpus, 'expected', `${name}.json`), 'utf8')) as Expected;
    const result = checkReport(text);
    expect(reportPyFields(result)).toEqual(expected);
  });

  it('should give the same figures through the built CLI: check --json on all reports at once', () => {
    const bin = join(import.meta.dirname, '../../bin/report-wizard.js');
    const files = names.map((n) => join(corpus, 'reports', `${n}.md`));
    let stdout: string;
    try {
      stdout = execFileSync(process.execPath, [bin, 'check', '--json', ...files], { encoding: 'utf8' });
    } catch (error) {
      // Exit 1: some reports fail, which is expected here; the JSON is on stdout all the same.
      stdout = (error as { stdout: string }).stdout;
    }
    const results = JSON.parse(stdout) as (Expected & { file: string })[];
    expect(results.map((r) => r.file)).toEqual(files);
    results.forEach((result, i) => {
      const expected = JSON.parse(
        readFileSync(join(corpus, 'expected', `${names[i]}.json`), 'utf8'),
      ) as Expected;
      expect(reportPyFields(result)).toEqual(expected);
    });
  });

  it.each(names)(
    'should edit every whole answer of %s inside its region only, count it as report.py will, and read it back',
    (name) => {
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
        readFileSync(join(corpus, 'reports', `${name}.md`)),
      );
      const report = parseReport(text);
      const fatal = checkReport(text).fatal;
      const spans = answerSpans(report);
      for (const question of report.questions.filter((q) => q.answerMarker !== null)) {
        // The whole answer, sub-headings and all, is what `answer` and the wizard replace.
        const region = wholeRegion(question, spans[question.position]);
        const { start, end } = region;
        const next = setAnswer(report, question.number, 'alpha beta gamma');
        expect(next.slice(0, start)).toBe(text.slice(0, start));
        expect(next.slice(next.length - (text.length - end))).toBe(text.slice(end));
        expect(parseReport(next).questions.find((q) => q.number === question.number)?.answer).toBe(
          'alpha beta gamma',
        );
        if (fatal === null)
          expect(countAsWritten(report, question.number, 'alpha beta gamma')?.words).toBe(3);
        const whole = wholeAnswer(report, question, spans);
        const back = setAnswer(parseReport(next), question.number, whole);
        const parts = readAnswer(text, region);
        const breaks = parts.lead.match(/\r\n|\r|\n/g)?.length ?? 0;
        // An answer typed on the marker line, or right below `> Answer:` (where Markdown would pull it into the
        // quote), is written back in its own paragraph; any other answer comes back byte for byte.
        if (parts.inline === null && breaks >= (question.markerInQuote ? 2 : 1)) expect(back).toBe(text);
        else
          expect(wholeAnswer(parseReport(back), questionByNumber(parseReport(back), question.number)!)).toBe(
            whole,
          );
      }
    },
  );
});
