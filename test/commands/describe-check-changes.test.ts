import { describe, expect, it } from 'vitest';
import type { FileCheck } from '../../src/commands/check-report-file.js';
import { describeCheckChanges } from '../../src/commands/describe-check-changes.js';

const range = { words: [100, 200] as [number, number], images: null };
const check = (words: [number, number], lints: FileCheck['lints'] = []): FileCheck => ({
  file: 'reports/README.md',
  path: '/r/reports/README.md',
  fatal: null,
  passed: words.filter((w) => w >= 100).length,
  total: 2,
  questions: words.map((w, i) => ({
    position: i + 1,
    words: w,
    images: 0,
    passed: w >= 100,
    constraint: range,
    answer: '',
  })),
  generation: '2026',
  checker: 'x',
  detected: '2026',
  lints,
  answerLines: [1, 2],
  headings: [1, 2],
});
const lint = (line: number, message: string) => ({ rule: 'render-list', question: 2, line, message });

describe('describeCheckChanges', () => {
  it('should say the verdict, what started and stopped passing, and the warnings that came and went', () => {
    const before = check([120, 40], [lint(9, 'A list under text.'), lint(12, 'Old one.')]);
    const after = check([90, 130], [lint(10, 'A list under text.'), lint(14, 'New one.')]);
    expect(describeCheckChanges(before, after)).toBe(
      'reports/README.md saved: 1/2 questions pass.\n' +
        '  ✗ Question 1 fails now (90 words, 0 images; expected 100–200 words).\n' +
        '  ✓ Question 2 passes now (130 words, 0 images).\n' +
        '  + line 14: New one.\n' +
        '  - line 12: Old one.\n',
    );
  });

  it('should give the old verdict when it moved', () => {
    expect(describeCheckChanges(check([40, 40]), check([120, 40]))).toBe(
      'reports/README.md saved: 1/2 questions pass (was: 0/2 questions pass).\n' +
        '  ✓ Question 1 passes now (120 words, 0 images).\n',
    );
  });

  it('should not count a warning whose message names a line that moved as new', () => {
    const at = (line: number) => [lint(line, `The list on line ${line} is under text.`)];
    expect(describeCheckChanges(check([120, 40], at(9)), check([120, 40], at(12)))).toBe(
      'reports/README.md saved: no change (1/2 questions pass).\n',
    );
  });

  it('should say one line when nothing moved, a warning that only moved line included', () => {
    expect(describeCheckChanges(check([120, 40], [lint(9, 'A.')]), check([121, 40], [lint(10, 'A.')]))).toBe(
      'reports/README.md saved: no change (1/2 questions pass).\n',
    );
  });

  it('should say when report.py starts refusing the report', () => {
    const refused = {
      ...check([0, 0]),
      fatal: 'ValueError: 3 answers',
      passed: null,
      total: null,
      questions: [],
    };
    expect(describeCheckChanges(check([120, 40]), refused)).toBe(
      'reports/README.md saved: report.py refuses the report (ValueError: 3 answers) (was: 1/2 questions pass).\n',
    );
  });
});
