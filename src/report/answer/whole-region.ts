import type { QuestionStructure, Span } from '../model.js';

/**
 * The whole of `question`'s answer as the student wrote it: the parsed region (which stops at the first `##`-or-deeper
 * line) stretched to the answer's span (`answerSpans`: up to the next question or template section), so the editor
 * also holds what report.py stops counting.
 */
export const wholeRegion = (question: QuestionStructure, span: Span | null | undefined): Span => ({
  start: question.region.start,
  end: Math.max(question.region.end, span?.end ?? question.region.end),
});
