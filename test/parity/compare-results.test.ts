import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareResults } from '../../src/parity/compare-results.js';
import { type CheckResult, checkReport } from '../../src/report/check-report.js';
import { checkerByVersion } from '../../src/report/generations.js';
import { parseCheckerOutput } from '../../src/parity/parse-checker-output.js';
import { checkerOutput } from '../helpers/checker-output.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/checker-output/${name}`, import.meta.url), 'utf8');

interface Capture {
  output: string;
  report: string;
  checker: string;
  exitCode: number;
}
const { captures } = JSON.parse(fixture('captures.json')) as { captures: Capture[] };

const output = checkerOutput;

const result = (over: Partial<CheckResult>): CheckResult => ({
  fatal: null,
  passed: null,
  total: null,
  questions: [],
  generation: '2026',
  checker: '2026-01-09.e3622b47',
  ...over,
});

const question = (position: number, words: number, limits: [number, number] | null) => ({
  position,
  words,
  images: 0,
  passed: limits === null || (limits[0] <= words && words <= limits[1]),
  constraint: limits === null ? null : { words: limits, images: null },
  answer: '',
});

describe('compareResults', () => {
  for (const capture of captures.filter((c) => c.output !== 'newest-missing-imports.stderr.txt')) {
    it(`should agree with the real output ${capture.output}`, () => {
      const checker = checkerByVersion(capture.checker)!;
      const python = parseCheckerOutput(fixture(capture.output), {
        numbersFromZero: checker.numbersFromZero,
      });
      const wizard = checkReport(fixture(capture.report), { checker: capture.checker });
      const comparison = compareResults(python, wizard, checker.expectedAnswers);
      expect(comparison.disagreements).toEqual([]);
      expect([comparison.fatalAgree, comparison.totalAgree, comparison.agree]).toEqual([true, true, true]);
    });
  }

  it('should flag a question whose verdict differs and one whose count differs', () => {
    const python = output({
      passed: 1,
      total: 3,
      failures: [
        { number: 2, kind: 'words', min: 100, max: 200, got: 6 },
        { number: 3, kind: 'words', min: 100, max: 200, got: 7 },
      ],
    });
    const wizard = result({
      passed: 2,
      total: 3,
      questions: [question(1, 5, null), question(2, 150, [100, 200]), question(3, 6, [100, 200])],
    });
    const comparison = compareResults(python, wizard, 31);
    expect(comparison.rows.map((r) => r.agree)).toEqual([true, false, false]);
    expect(comparison.rows[2]!.wizard).toEqual({
      passed: false,
      failures: [{ number: 3, kind: 'words', min: 100, max: 200, got: 6 }],
    });
    expect(comparison.disagreements).toEqual([2, 3]);
    expect([comparison.totalAgree, comparison.agree]).toEqual([false, false]);
  });

  it('should count the passes of a version that prints no total from its failure lines', () => {
    const python = output({
      failures: [
        { number: 2, kind: 'words', min: 1, max: 2, got: 3 },
        { number: 2, kind: 'images', min: 1, max: 1, got: 0 },
      ],
    });
    const comparison = compareResults(python, result({}), 27);
    expect(comparison.python).toEqual({ fatal: null, passed: 26, total: 27 });
  });

  it('should agree when both stop with the same exception, whitespace aside', () => {
    const python = output({ fatal: 'ValueError: Number of answers  are different', fatalIn: 'check' });
    const comparison = compareResults(
      python,
      result({ fatal: 'ValueError: Number of answers are different' }),
      31,
    );
    expect([comparison.rows, comparison.fatalAgree, comparison.agree]).toEqual([[], true, true]);
  });

  it('should show only the side that ran when the other stopped', () => {
    const python = output({ fatal: 'IndexError: list index out of range' });
    const wizard = result({ passed: 1, total: 1, questions: [question(1, 5, null)] });
    const comparison = compareResults(python, wizard, 1);
    expect(comparison.rows).toEqual([
      { number: 1, python: null, wizard: { passed: true, failures: [] }, agree: false },
    ]);
    expect([comparison.fatalAgree, comparison.agree]).toEqual([false, false]);
  });
});
