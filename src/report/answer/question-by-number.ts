import type { QuestionStructure } from '../model.js';

/**
 * The question whose heading has `number`, the first when a heading is repeated: a question's identity is its
 * heading's number (`Question.number`); report.py's position is `position` (`QuestionResult.position`).
 */
export const questionByNumber = <Q extends QuestionStructure>(
  report: { questions: readonly Q[] },
  number: number,
): Q | undefined => report.questions.find((q) => q.number === number);
