import type { QuestionStructure, Span } from '../model.js';
import type { ReportPySlice } from '../report-py-slices.js';

/**
 * The question whose answer (its span, see `answerSpans`) holds the start of report.py's `slice`: the heading a student
 * sees above the text report.py counts. Undefined where no question's answer holds it (a deleted heading); a stray
 * `Answer:` can start a slice inside an answer, which is still that question's.
 */
export const questionOfSlice = <Q extends QuestionStructure>(
  questions: readonly Q[],
  spans: readonly (Span | null)[],
  slice: ReportPySlice,
): Q | undefined =>
  questions.find((_, k) => {
    const span = spans[k];
    return span != null && span.start <= slice.start && slice.start <= span.end;
  });
