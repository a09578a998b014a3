import type { Span } from '../model.js';
import type { Counts, Lint, LintClaim } from './lint.js';
import type { LintRule } from './lint-rule.js';
import { reportPyCounts } from './report-py-counts.js';
import { type ReportPySlice, answerMarker, answerMarkers, reportPySlices } from '../report-py-slices.js';

/** What report.py counts in the slices that start inside a question's answer. */
const countsFrom = (text: string, slices: ReportPySlice[], span: Span): Counts =>
  slices
    .filter((s) => s.start >= span.start && s.start <= span.end)
    .map((s) => reportPyCounts(text.slice(s.start, s.end)))
    .reduce((sum, c) => ({ words: sum.words + c.words, images: sum.images + c.images }), {
      words: 0,
      images: 0,
    });

/**
 * The text with `span` as report.py would read it whole: no `Answer:` splitting it, no `#` cutting it (each `#` kept
 * as a letter, so every word stays a word).
 */
const uncut = (text: string, span: Span): string =>
  text.slice(0, span.start) +
  text.slice(span.start, span.end).replaceAll(answerMarker, 'answer:').replace(/#/g, 'x') +
  text.slice(span.end);

/**
 * A literal `Answer:` typed inside an answer: report.py splits answers at every one. The claim: `answers` when that
 * changes how many answers report.py sees; otherwise `counted` (what it counts of the question) and `missed` (what
 * it would count more with the marker in lower case, which report.py then counts as a word). The message sets what it
 * counts against all the answer's words, those below a `##` it also cuts at included (that has its own lint).
 */
export const answerInAnswerRule: LintRule = ({ report, spans, slices, lineOf, checker }) => {
  const lints: Lint[] = [];
  const { text } = report;
  const markers = answerMarkers(text);
  const lowered = (at: number): string =>
    `${text.slice(0, at)}answer:${text.slice(at + answerMarker.length)}`;
  report.questions.forEach((question, i) => {
    const span = spans[i];
    if (!span) return;
    const n = question.number;
    for (const at of markers) {
      if (at < span.start || at >= span.end) continue;
      const line = lineOf(at);
      // What report.py would see if this one were lower case tells what this one does.
      const fixedSlices = reportPySlices(lowered(at));
      const without = fixedSlices.length;
      let effect: string;
      let claim: LintClaim;
      if (slices.length !== without) {
        claim = { answers: { now: slices.length, fixed: without } };
        effect =
          `so it sees ${slices.length} answers instead of ${without}` +
          (slices.length !== checker.expectedAnswers
            ? ' and will refuse the whole report'
            : ' and checks every later answer against the wrong question');
      } else {
        const counted = countsFrom(text, slices, span);
        const fixed = countsFrom(lowered(at), fixedSlices, span);
        claim = {
          counted,
          missed: { words: fixed.words - counted.words, images: fixed.images - counted.images },
        };
        const whole = uncut(text, span);
        const all = countsFrom(whole, reportPySlices(whole), span);
        effect = `so it counts only ${counted.words} of the ${all.words} words of question ${n}`;
      }
      lints.push({
        rule: 'answer-in-answer',
        question: n,
        line,
        message:
          `Question ${n}'s answer contains "Answer:" on line ${line}: report.py splits the report at every ` +
          `"Answer:", ${effect}. Write "answer:" in lower case or rephrase it.`,
        claim,
      });
    }
  });
  return lints;
};
