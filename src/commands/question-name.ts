import type { QuestionResult } from '../report/check-report.js';
import type { FileCheck } from './check-report-file.js';

/** The number of the heading a student sees above report.py's answer `q` (see `FileCheck.headings`). */
export const headingNumber = (check: FileCheck, q: QuestionResult): number =>
  check.headings[q.position - 1] ?? q.position;

/**
 * How report.py's answer `q` is named to a student: "Question 12", after its heading, with report.py's own number
 * where that differs (a missing or repeated heading), as report.py's warnings ("Question 13 failed check") use it.
 */
export const questionName = (check: FileCheck, q: QuestionResult): string => {
  const n = headingNumber(check, q);
  return n === q.position ? `Question ${n}` : `Question ${n} (report.py's question ${q.position})`;
};
