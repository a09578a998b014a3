import type { Report } from './model.js';
import { readAnswer } from './read-answer.js';

const lineBreaks = (s: string): number => (s.match(/\r\n|\r|\n/g) ?? []).length;

/** Trims blank lines around an answer and trailing white space, keeping the first line's indentation. */
const tidy = (answer: string): string =>
  answer
    .replace(/\r\n?/g, '\n')
    .replace(/^(?:[ \t]*\n)+/, '')
    .replace(/[ \t\n]+$/, '');

/**
 * Returns the report text with question `number`'s answer replaced; every byte outside its answer region stays.
 * The region becomes a blank line, the answer, a blank line, except that the white space a file already had around a
 * body is kept where it is valid Markdown, so writing an answer and then the old one back restores the file byte for
 * byte.
 */
export const setAnswer = (report: Report, number: number, answer: string): string => {
  const question = report.questions.find((q) => q.number === number);
  if (!question) throw new Error(`The report has no question ${number}.`);
  if (question.answerMarker === null)
    throw new Error(`Question ${number} has no "Answer:" line to write after.`);
  if (answer === question.answer) return report.text;
  const { text, eol } = report;
  const { region } = question;
  const parts = readAnswer(text, region);
  const atEnd = region.end === text.length;
  const keepFrame = parts.inline === null && parts.body !== '';
  const body = tidy(answer).replace(/\n/g, eol);
  // A body right below `> Answer:` would render inside the quote (lazy continuation), so it gets its blank line.
  const minLeadBreaks = question.markerInQuote ? 2 : 1;
  const lead = keepFrame && lineBreaks(parts.lead) >= minLeadBreaks ? parts.lead : eol + eol;
  let trail: string;
  if (atEnd) trail = keepFrame ? parts.trail : /[\r\n]$/.test(text) || text.length === 0 ? eol : '';
  else trail = keepFrame && lineBreaks(parts.trail) >= 1 ? parts.trail : eol + eol;
  const replacement = body === '' ? (atEnd ? trail : eol + eol) : lead + body + trail;
  return text.slice(0, region.start) + replacement + text.slice(region.end);
};
