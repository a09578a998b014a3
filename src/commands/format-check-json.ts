import type { FileCheck } from './check-report-file.js';

/** The `check --json` object for one report: report.py's fields first (the corpus contract), then extras. */
export const checkJson = (check: FileCheck): object => ({
  file: check.file,
  fatal: check.fatal,
  passed: check.passed,
  total: check.total,
  questions: check.questions.map((q) => ({
    number: q.number,
    words: q.words,
    images: q.images,
    passed: q.passed,
    constraint: q.constraint,
  })),
  template: { detected: check.detected, checkedWith: check.generation, checker: check.checker },
  lints: check.lints,
});
