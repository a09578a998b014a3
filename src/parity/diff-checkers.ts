import type { CheckerVersion, Constraint } from '../report/generations.js';
import { describeConstraint } from '../report/describe-constraint.js';

const describe = (c: Constraint | null): string => (c === null ? 'no limit' : describeConstraint(c));
const same = (a: Constraint | null, b: Constraint | null): boolean => describe(a) === describe(b);

/** The one-kind case reads shorter: `100–200 words in your report.py, 0–200 in the one graded today`. */
const change = (number: number, yours: Constraint | null, today: Constraint | null): string => {
  const onlyWords = (c: Constraint | null): c is Constraint & { words: [number, number] } =>
    c?.words != null && c.images === null;
  const onlyImages = (c: Constraint | null): c is Constraint & { images: [number, number] } =>
    c?.images != null && c.words === null;
  if (onlyWords(yours) && onlyWords(today)) {
    return `Q${number}: ${yours.words[0]}–${yours.words[1]} words in your report.py, ${today.words[0]}–${today.words[1]} in the one graded today`;
  }
  if (onlyImages(yours) && onlyImages(today)) {
    return `Q${number}: ${yours.images[0]}–${yours.images[1]} images in your report.py, ${today.images[0]}–${today.images[1]} in the one graded today`;
  }
  return `Q${number}: ${describe(yours)} in your report.py, ${describe(today)} in the one graded today`;
};

/** What grading with `today` changes compared with the student's `yours`, one line per difference. */
export const diffCheckers = (yours: CheckerVersion, today: CheckerVersion): string[] => {
  const lines: string[] = [];
  if (yours.expectedAnswers !== today.expectedAnswers) {
    // Question numbers mean different questions across the 27- and 31-question templates: no per-question diff.
    return [
      `Your report.py expects ${yours.expectedAnswers} answers, the one graded today expects ${today.expectedAnswers}: a ${yours.expectedAnswers}-answer report stops with a ValueError today.`,
    ];
  }
  if (yours.algorithm !== today.algorithm) {
    lines.push(
      'Your report.py splits the answers the pre-2024-12-22 way (skips the first 43 characters, drops the first kept chunk).',
    );
  }
  for (let i = 0; i < today.expectedAnswers; i++) {
    const a = yours.constraints[i] ?? null;
    const b = today.constraints[i] ?? null;
    if (!same(a, b)) lines.push(change(i + 1, a, b));
  }
  if (yours.numbersFromZero !== today.numbersFromZero) {
    lines.push('Your report.py numbers its messages from 0 ("Question 0" is Q1).');
  }
  return lines;
};
