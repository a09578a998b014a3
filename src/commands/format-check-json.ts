import { terminalJson } from '../report/terminal-json.js';
import { questionJson } from './question-json.js';
import type { FileCheck } from './check-report-file.js';

/** The `check --json` object for one report: report.py's fields first (the corpus contract), then extras. */
export const checkJson = (check: FileCheck): object => ({
  file: check.file,
  fatal: check.fatal,
  passed: check.passed,
  total: check.total,
  questions: check.questions.map((q) => ({ ...questionJson(q), constraint: q.constraint })),
  template: { detected: check.detected, checkedWith: check.generation, checker: check.checker },
  lints: check.lints,
});

/**
 * One element of `check --json`'s output, as `JSON.stringify(value, null, 2)` writes it at that place: alone, or as
 * an item of the array several files give (indented by two more spaces). Each file is written as it is checked, so
 * the output of 1,000 reports is never held in memory whole.
 */
export const checkJsonText = (value: object, inArray: boolean): string =>
  // As an item, JSON.stringify indents it itself: the array's brackets and their line breaks are cut off (another
  // pass over the text to indent it cost a twentieth of checking 1,000 reports).
  terminalJson(inArray ? JSON.stringify([value], null, 2).slice(2, -2) : JSON.stringify(value, null, 2));
