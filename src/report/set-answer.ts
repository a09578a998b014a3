import { answerReplacement } from './answer-replacement.js';
import { answerSpans } from './lints/answer-spans.js';
import type { Report } from './model.js';
import { answerText, readAnswer } from './read-answer.js';
import { wholeRegion } from './answer/whole-region.js';

/**
 * Returns the report text with question `number`'s answer replaced; every byte outside its answer region stays.
 * The region becomes a blank line, the answer, a blank line, except that the white space a file already had around a
 * body is kept where it is valid Markdown, so writing an answer and then the old one back restores the file byte for
 * byte. With `whole`, the region runs on past sub-headings to the next question (see `wholeRegion`): the answer then
 * replaces everything the editor showed.
 */
export const setAnswer = (
  report: Report,
  number: number,
  answer: string,
  options: { whole?: boolean } = {},
): string => {
  const question = report.questions.find((q) => q.number === number);
  if (!question) throw new Error(`The report has no question ${number}.`);
  if (question.answerMarker === null)
    throw new Error(`Question ${number} has no "Answer:" line to write after.`);
  const { text } = report;
  const region = options.whole
    ? wholeRegion(question, answerSpans(report)[question.position])
    : question.region;
  const current = options.whole ? answerText(readAnswer(text, region)) : question.answer;
  if (answer === current) return text;
  return (
    text.slice(0, region.start) + answerReplacement(report, question, region, answer) + text.slice(region.end)
  );
};
