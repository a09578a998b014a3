import { isUnanswered } from './answer/is-unanswered.js';
import { wholeAnswer } from './answer/whole-answer.js';
import { withoutPlaceholders } from './answer/without-placeholders.js';
import { checkReport } from './check-report.js';
import { countWords } from './count-words.js';
import { answerSpans } from './lints/answer-spans.js';
import type { GenerationId, Report } from './model.js';

/** Progress figures for `status`. */
export interface ReportSummary {
  generation: GenerationId | null;
  questions: number;
  /** Questions with text other than the placeholder. */
  answered: number;
  /** Questions passing report.py (null when report.py refuses the report). */
  passing: number | null;
  fatal: string | null;
  /** Words in all answers as report.py counts them, the template's placeholders left out. */
  words: number;
  /** Per week: counts and the items, numbered as `toggle` takes them. */
  checklist: {
    week: string;
    checked: number;
    total: number;
    items: { index: number; text: string; checked: boolean; modules: string[] }[];
  }[];
  /** Numbers of the questions still without an answer. */
  unanswered: number[];
  /** Numbers of the questions report.py fails (empty when it refuses the whole report). */
  failing: number[];
  checked: number;
  items: number;
  /** Structure problems found while parsing. */
  diagnostics: string[];
}

/** Summarises a parsed report's progress: answered and passing questions, checklist counts per week, words. */
export const summarizeReport = (report: Report): ReportSummary => {
  const result = checkReport(report.text);
  const spans = answerSpans(report);
  const answers = report.questions.map((q) => wholeAnswer(report, q, spans));
  const unanswered = report.questions.filter((_, i) => isUnanswered(answers[i]!)).map((q) => q.number);
  const checklist = report.checklist.map((w) => ({
    week: w.title,
    checked: w.items.filter((i) => i.checked).length,
    total: w.items.length,
    items: w.items.map((i) => ({ index: i.index, text: i.text, checked: i.checked, modules: i.modules })),
  }));
  return {
    generation: report.generation,
    questions: report.questions.length,
    answered: report.questions.length - unanswered.length,
    unanswered,
    // report.py's answer at a position is the question heading at that position.
    failing: result.questions
      .filter((q) => !q.passed)
      .map((q) => report.questions[q.position - 1]?.number ?? q.position),
    passing: result.passed,
    fatal: result.fatal,
    words:
      result.fatal === null
        ? result.questions.reduce((n, q) => n + countWords(withoutPlaceholders(q.answer)), 0)
        : answers.reduce((n, answer) => n + countWords(withoutPlaceholders(answer)), 0),
    checklist,
    checked: checklist.reduce((n, w) => n + w.checked, 0),
    items: report.items.length,
    diagnostics: report.diagnostics.map((d) => d.message),
  };
};
