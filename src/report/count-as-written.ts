import { questionByNumber } from './answer/question-by-number.js';
import { type QuestionResult, checkReport } from './check-report.js';
import type { GenerationId, Report } from './model.js';
import { setAnswer } from './set-answer.js';

/**
 * What report.py (by default the one graded today) would count for question `number` if `draft` were written: the whole text is
 * checked, so a stray `Answer:` or heading in the draft counts exactly as it would on disk.
 */
export const countAsWritten = (
  report: Report,
  number: number,
  draft: string,
  generation?: GenerationId,
): QuestionResult | null => {
  const question = questionByNumber(report, number);
  if (!question || question.answerMarker === null) return null;
  const result = checkReport(setAnswer(report, number, draft), generation);
  return result.questions[question.position] ?? null;
};
