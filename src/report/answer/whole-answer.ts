import { answerSpans } from '../lints/answer-spans.js';
import type { QuestionStructure, ReportStructure, Span } from '../model.js';
import { answerText, readAnswer } from '../read-answer.js';
import { wholeRegion } from './whole-region.js';

/**
 * The whole of `question`'s answer as the file has it (sub-headings and all, LF line endings): what the wizard's
 * editor shows, what `answer` replaces and what "answered" is judged on; '' without `Answer:`. `spans` are the
 * report's `answerSpans` when the caller has them.
 */
export const wholeAnswer = (
  report: ReportStructure,
  question: QuestionStructure,
  spans: readonly (Span | null)[] = answerSpans(report),
): string =>
  question.answerMarker === null
    ? ''
    : answerText(readAnswer(report.text, wholeRegion(question, spans[question.position])));
