import { questionByNumber } from './answer/question-by-number.js';
import { answerReplacement } from './answer-replacement.js';
import { newestGeneration } from './generations.js';
import { answerSpans } from './lints/answer-spans.js';
import type { Lint } from './lints/lint.js';
import { lintContext } from './lints/lint-context.js';
import { lintRules } from './lint-rules.js';
import type { LintOptions } from './lint-report.js';
import { answerRules, lintReport } from './lint-report.js';
import type { Report, Span } from './model.js';
import { parseReport } from './parse-report.js';
import { answerMarker, answerMarkers } from './report-py-slices.js';
import { setAnswer } from './set-answer.js';
import { scanBlocks } from './markdown/scan-blocks.js';
import { splitLines } from './split-lines.js';
import { wholeRegion } from './answer/whole-region.js';

// What the whole report decides (its template, its structure, its last chunk, Windows' decoding of it).
const wholeReportRules: ReadonlySet<string> = new Set(
  lintRules.filter((rule) => rule.scope === 'report').map((rule) => rule.id),
);

/** Whether `lintAnswer` recomputes lints of this rule; a question's other lints stay as the file had them. */
export const isAnswerRule = (rule: string): boolean => !wholeReportRules.has(rule);

/** Lints drafts of one answer at a time; see `createAnswerLinter`. */
export type AnswerLinter = (number: number, draft: string) => Lint[];

/**
 * The per-answer lints of a question as they would be once a draft is written as its whole answer, computed on a
 * window of the text (the question's heading to the next `Answer:`) padded with line breaks so every line number is
 * the report's: the cost is the draft's, not the report's. What the window cannot tell (an `Answer:` in the draft or
 * the region, which changes how report.py splits the report; a code block left open above the question) is linted
 * in the whole written report.
 */
export const createAnswerLinter = (report: Report, options: LintOptions = {}): AnswerLinter => {
  const { text, eol } = report;
  let spans: (Span | null)[] | undefined;
  let code: Span[] | undefined;
  let markers: number[] | undefined;
  const newest = options.newest ?? newestGeneration.id;
  return (number, draft) => {
    const question = questionByNumber(report, number);
    if (!question || question.answerMarker === null) return [];
    spans ??= answerSpans(report);
    code ??= scanBlocks(text, splitLines(text)).code;
    const region = wholeRegion(question, spans[question.position]);
    const own = (lints: Lint[]): Lint[] => lints.filter((l) => l.question === number && isAnswerRule(l.rule));
    const start = question.heading.start;
    if (
      draft.includes(answerMarker) ||
      text.slice(region.start, region.end).includes(answerMarker) ||
      code.some((r) => r.start < start && start < r.end)
    )
      return own(lintReport(parseReport(setAnswer(report, number, draft)), options));
    markers ??= answerMarkers(text);
    const next = markers.find((at) => at >= region.end);
    const windowEnd = next === undefined ? text.length : next + answerMarker.length;
    const padded =
      eol.repeat(question.line - 1) +
      text.slice(start, region.start) +
      answerReplacement(report, question, region, draft) +
      text.slice(region.end, windowEnd);
    const mini = parseReport(padded);
    const context = lintContext(mini, {
      newest,
      ...(options.imageExists ? { imageExists: options.imageExists } : {}),
    });
    return own(answerRules.flatMap((rule) => rule.check(context))).sort(
      (a, b) => (a.line ?? 0) - (b.line ?? 0),
    );
  };
};
