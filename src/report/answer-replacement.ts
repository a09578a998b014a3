import type { Question, Report, Span } from './model.js';
import { readAnswer } from './read-answer.js';

const lineBreaks = (s: string): number => (s.match(/\r\n|\r|\n/g) ?? []).length;

/** Trims blank lines around an answer and trailing white space, keeping the first line's indentation. */
const tidy = (answer: string): string =>
  answer
    .replace(/\r\n?/g, '\n')
    .replace(/^(?:[ \t]*\n)+/, '')
    .replace(/[ \t\n]+$/, '');

/**
 * The text that replaces `region` (starting just after `question`'s `Answer:`) when `answer` is written there: a
 * blank line, the answer, a blank line, except that the white space a file already had around a body is kept where
 * it is valid Markdown. Reads only the region, so a caller can splice it into the text or count it alone.
 */
export const answerReplacement = (
  report: Report,
  question: Question,
  region: Span,
  answer: string,
): string => {
  const { text, eol } = report;
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
  return body === '' ? (atEnd ? trail : eol + eol) : lead + body + trail;
};
