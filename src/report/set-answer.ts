import { questionByNumber } from './answer/question-by-number.js';
import { answerReplacement } from './answer-replacement.js';
import { wholeAnswer } from './answer/whole-answer.js';
import { wholeRegion } from './answer/whole-region.js';
import { answerSpans } from './lints/answer-spans.js';
import type { Report } from './model.js';

/**
 * Returns the report text with question `number`'s whole answer replaced (the region runs on past sub-headings to the
 * next question, see `wholeRegion`): the answer replaces everything the editor showed, as the wizard and `answer`
 * write it; every byte outside that region stays. The region becomes a blank line, the answer, a blank line, except
 * that the white space a file already had around a body is kept where it is valid Markdown, so writing an answer and
 * then the old one back restores the file byte for byte.
 */
export const setAnswer = (report: Report, number: number, answer: string): string => {
  const question = questionByNumber(report, number);
  if (!question) throw new Error(`The report has no question ${number}.`);
  if (question.answerMarker === null)
    throw new Error(`Question ${number} has no "Answer:" line to write after.`);
  const { text } = report;
  const spans = answerSpans(report);
  if (answer === wholeAnswer(report, question, spans)) return text;
  const region = wholeRegion(question, spans[question.position]);
  return (
    text.slice(0, region.start) + answerReplacement(report, question, region, answer) + text.slice(region.end)
  );
};
