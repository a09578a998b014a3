import type { SavedDraft } from '../io/state-store.js';
import type { CheckResult } from '../report/check-report.js';
import { countAsWritten } from '../report/count-as-written.js';
import type { Question, Report } from '../report/model.js';

/** Whether report.py passes `question` as the overview shows it: with its unwritten draft, if there is one. */
export const questionPasses = (
  report: Report,
  check: CheckResult,
  question: Question,
  draft: SavedDraft | undefined,
): boolean =>
  (draft
    ? countAsWritten(report, question.number, draft.text)?.passed
    : check.questions[question.position]?.passed) ?? false;
