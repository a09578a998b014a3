import { questionByNumber } from './answer/question-by-number.js';
import { answerReplacement } from './answer-replacement.js';
import {
  type CheckResult,
  type QuestionResult,
  checkReport,
  questionResult,
  stripNewlines,
} from './check-report.js';
import { checkerByVersion } from './generations.js';
import type { Report, Span } from './model.js';
import { type ReportPySlice, answerMarker, answerMarkers, reportPySlices } from './report-py-slices.js';
import { setAnswer } from './set-answer.js';
import { universalNewlines } from './universal-newlines.js';
import { wholeRegion } from './answer/whole-region.js';

/** Counts drafts of whole answers as report.py would after the write, touching only the edited answer's text. */
export interface AnswerCounter {
  /** What report.py would count for question `number` if its whole answer (`wholeRegion`) were `draft`. */
  count(number: number, draft: string): QuestionResult | null;
  /** Where in `draft` report.py stops counting (its first `##`), or null when it counts it all. */
  cut(number: number, draft: string): number | null;
}

/** What a draft of one question needs from the rest of the report, computed once. */
interface Prepared {
  region: Span;
  /** The text from the region's end to the next `Answer:` (the rest of this answer's report.py chunk). */
  tail: string;
  /** The chunk is the text's last: report.py appends it whole, without cutting. */
  last: boolean;
  /** Index of this chunk among report.py's answers, or null when only a whole check can tell. */
  index: number | null;
}

const cut = (chunk: string): string => {
  const beforeH3 = chunk.slice(0, chunk.indexOf('###'));
  const h2 = beforeH3.indexOf('##');
  return h2 === -1 ? beforeH3 : beforeH3.slice(0, h2);
};

/**
 * A counter over `report` and its `check` (`spans` from `answerSpans`). A key in the editor costs the draft and its
 * chunk's tail, not the report: the other answers keep the places `check` gave them. Whatever could move them (an
 * `Answer:` in the draft, a chunk that gains or loses its `###`, a refused report, the legacy split) falls back to
 * checking the whole text, so the result always equals `checkReport` of the written report.
 */
export const createAnswerCounter = (
  report: Report,
  check: CheckResult,
  spans: readonly (Span | null)[],
): AnswerCounter => {
  const { text } = report;
  const checker = checkerByVersion(check.checker);
  const prepared = new Map<number, Prepared | null>();
  // report.py's markers and slices of the text, found once on the first question that needs them.
  let markers: number[] | undefined;
  let slices: ReportPySlice[] | undefined;

  const prepare = (number: number): Prepared | null => {
    if (prepared.has(number)) return prepared.get(number)!;
    const question = questionByNumber(report, number);
    let value: Prepared | null = null;
    if (question?.answerMarker) {
      const region = wholeRegion(question, spans[question.position]);
      markers ??= answerMarkers(text);
      const next = markers.find((at) => at >= region.end) ?? -1;
      const last = next === -1;
      const tail = text.slice(region.end, last ? text.length : next);
      let index: number | null = null;
      const simple =
        check.fatal === null &&
        checker?.algorithm === 'current' &&
        !text.slice(region.start, region.end).includes(answerMarker);
      if (simple && last && !text.slice(region.start).includes('###')) index = check.questions.length - 1;
      else if (simple && !last) {
        // How many answers report.py keeps before this one: the chunks before its marker that hold `###`.
        const marker = question.answerMarker.start;
        slices ??= reportPySlices(text, markers);
        index = slices.filter((s) => !s.last && s.start <= marker).length;
      }
      value = { region, tail, last, index: index === question.position ? index : null };
    }
    prepared.set(number, value);
    return value;
  };

  const slow = (number: number, draft: string): QuestionResult | null => {
    const question = questionByNumber(report, number);
    if (!question || question.answerMarker === null) return null;
    const written = setAnswer(report, number, draft);
    return (
      checkReport(written, { generation: check.generation, checker: check.checker }).questions[
        question.position
      ] ?? null
    );
  };

  return {
    count(number, draft) {
      const ready = prepare(number);
      const question = questionByNumber(report, number);
      if (ready === null || question === undefined) return slow(number, draft);
      if (ready.index === null || checker === undefined || draft.includes(answerMarker))
        return slow(number, draft);
      const chunk = universalNewlines(answerReplacement(report, question, ready.region, draft) + ready.tail);
      const has = chunk.includes('###');
      // A chunk that gains or loses its `###` joins or leaves report.py's answers: every later one moves.
      if (has === ready.last) return slow(number, draft);
      const answer = stripNewlines(ready.last ? chunk : cut(chunk));
      return questionResult(ready.index + 1, answer, checker.constraints[ready.index] ?? null);
    },
    cut(number, draft) {
      const ready = prepare(number);
      if (ready === null || ready.last) return null;
      const at = draft.indexOf('##');
      return at === -1 ? null : at;
    },
  };
};
