import type { Question, Report, Span } from '../model.js';
import { isUnanswered } from './is-unanswered.js';
import { wholeAnswer } from './whole-answer.js';

/**
 * The text the editor starts from: the file's answer (with `report`, the whole answer, sub-headings and all), or
 * nothing while only the template placeholder is there.
 */
export const editableAnswer = (
  question: Question,
  report?: Report,
  spans?: readonly (Span | null)[],
): string => {
  const answer = report === undefined ? question.answer : wholeAnswer(report, question, spans);
  return isUnanswered(answer) ? '' : answer;
};
