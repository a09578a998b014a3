import type { Report } from '../model.js';
import { editableAnswer } from './editable-answer.js';
import { questionByNumber } from './question-by-number.js';

/**
 * The heading numbers of the questions whose answer (as the editor shows it) differs between two versions of a
 * report, in the newer one's order, then those the newer one lost: what an outside change did to the answers.
 */
export const changedAnswers = (before: Report, after: Report): number[] => {
  const changed = after.questions
    .filter((q) => {
      const old = questionByNumber(before, q.number);
      return old === undefined || editableAnswer(old, before) !== editableAnswer(q, after);
    })
    .map((q) => q.number);
  const lost = before.questions
    .filter((q) => questionByNumber(after, q.number) === undefined)
    .map((q) => q.number);
  return [...new Set([...changed, ...lost])];
};
