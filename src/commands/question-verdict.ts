import type { QuestionResult } from '../report/check-report.js';

/** report.py's verdict on one answer as a student reads it: `pass`, or `FAIL (too short, too few images)`. */
export const questionVerdict = (q: QuestionResult): string => {
  const c = q.constraint;
  if (q.passed) return 'pass';
  const why: string[] = [];
  if (c?.words && q.words < c.words[0]) why.push('too short');
  if (c?.words && q.words > c.words[1]) why.push('too long');
  if (c?.images && q.images < c.images[0]) why.push('too few images');
  if (c?.images && q.images > c.images[1]) why.push('too many images');
  return `FAIL (${why.join(', ')})`;
};
