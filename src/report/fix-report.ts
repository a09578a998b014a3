import { lintRules } from './lint-rules.js';
import type { Fix, FixOptions, RuleFix } from './lints/lint-rule.js';
import type { Question, Report, Span } from './model.js';
import { wholeAnswer } from './answer/whole-answer.js';
import { answerSpans } from './lints/answer-spans.js';
import { parseReport } from './parse-report.js';

export type { Fix } from './lints/lint-rule.js';

type RegionFix = Extract<RuleFix, { region: unknown }>;
type ReportFix = Extract<RuleFix, { report: unknown }>;

// Each fixable rule's repair, in the order they run (see `RuleFix.order`).
const repairs = lintRules.flatMap((rule) => (rule.fix ? [rule.fix] : [])).sort((a, b) => a.order - b.order);
const regionFixes = repairs.filter((fix): fix is RegionFix => 'region' in fix);
const reportFixes = repairs.filter((fix): fix is ReportFix => 'report' in fix);

/** The repaired region of one question and what was done to it, each rule's region repair in turn. */
const fixRegion = (
  report: Report,
  question: Question,
  spans: readonly (Span | null)[],
): { region: string; fixes: Fix[] } => {
  let region = report.text.slice(question.region.start, question.region.end);
  const fixes: Fix[] = [];
  const whole = wholeAnswer(report, question, spans);
  for (const fix of regionFixes) {
    const done = fix.region(region, question, report.eol, whole);
    if (done === null) continue;
    region = done.region;
    fixes.push(...done.fixes);
  }
  return { region, fixes };
};

/**
 * Repairs what needs no judgement, with each fixable rule's repair (`LintRule.fix`): first inside answer regions only
 * (placeholders next to an answer, answers typed on the `> Answer:` line, non-ASCII spaces), then over the whole text
 * (the safe render lints, fenced code only with `code`; with `windows`, curly quotes, dashes and no-break spaces in
 * answers made ASCII, which keeps report.py's counts). Every byte outside the repaired places stays, line endings and
 * BOM included; running it again changes nothing. (It edits regions directly rather than through `setAnswer`, which
 * re-frames the whole answer.)
 */
export const fixReport = (report: Report, options: FixOptions = {}): { text: string; fixes: Fix[] } => {
  let text = report.text;
  const fixes: Fix[] = [];
  const spans = answerSpans(report);
  const edits = report.questions
    .filter((q) => q.answerMarker !== null && q.region.end >= q.region.start)
    .map((q) => ({ question: q, ...fixRegion(report, q, spans) }));
  // Right to left, so earlier offsets stay valid.
  for (const edit of [...edits].sort((a, b) => b.question.region.start - a.question.region.start)) {
    const { start, end } = edit.question.region;
    text = text.slice(0, start) + edit.region + text.slice(end);
  }
  for (const edit of edits) fixes.push(...edit.fixes);
  // Then the whole-text repairs, each on the text as repaired so far.
  let current = report;
  for (const fix of reportFixes) {
    if (fix.option !== undefined && options[fix.option] !== true) continue;
    if (current.text !== text) current = parseReport(text);
    const done = fix.report(current, options);
    text = done.text;
    fixes.push(...done.fixes);
  }
  return { text, fixes };
};
