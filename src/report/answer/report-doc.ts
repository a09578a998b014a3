import { type CheckResult, checkReport } from '../check-report.js';
import { type AnswerCounter, createAnswerCounter } from '../create-answer-counter.js';
import { type AnswerLinter, createAnswerLinter } from '../create-answer-linter.js';
import { lintReport } from '../lint-report.js';
import { answerSpans } from '../lints/answer-spans.js';
import type { Lint } from '../lints/lint.js';
import type { Report, Span } from '../model.js';
import { parseReport } from '../parse-report.js';
import { type TemplateCheck, templateCheck } from './template-check.js';

/** The report as last read or written: its bytes guard the next write against changes made on disk meanwhile. */
export interface ReportDoc {
  text: string;
  bytes: Uint8Array;
  report: Report;
  check: CheckResult;
  /**
   * What the screens count with: `check`, or, when today's report.py refuses an older year's template, that year's
   * (with the line saying so). The overview, the question screen and the counter all read this one.
   */
  template: TemplateCheck;
  /** What report.py never says, shown on each question's screen. */
  lints: Lint[];
  /** Each question's whole answer (`answerSpans`), parallel to `report.questions`. */
  spans: (Span | null)[];
  /** Counts a draft of one answer as report.py would after the write, at the cost of that answer alone. */
  counter: AnswerCounter;
  /** Lints a draft of one answer, at the cost of that answer alone. */
  lintAnswer: AnswerLinter;
}

/** Parses, checks and lints `text` (or takes the parse and check a caller already has). */
export const reportDoc = (
  text: string,
  bytes: Uint8Array,
  imageExists?: (path: string) => boolean,
  parsed?: { report: Report; check: CheckResult },
): ReportDoc => {
  const report = parsed?.report ?? parseReport(text);
  const options = imageExists ? { imageExists } : {};
  // The lints read today's verdict too: the caller's, when it checked the text already.
  const lints = lintReport(report, parsed ? { ...options, check: parsed.check } : options);
  const check = parsed?.check ?? checkReport(text);
  const spans = answerSpans(report);
  const template = templateCheck(report, check);
  return {
    text,
    bytes,
    report,
    check,
    template,
    lints,
    spans,
    counter: createAnswerCounter(report, template.check, spans),
    lintAnswer: createAnswerLinter(report, options),
  };
};
