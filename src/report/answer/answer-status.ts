import type { QuestionResult } from '../check-report.js';
import { countWords } from '../count-words.js';
import { isAnswerRule } from '../create-answer-linter.js';
import type { Lint } from '../lints/lint.js';
import type { Question } from '../model.js';
import { isUnanswered } from './is-unanswered.js';
import type { ReportDoc } from './report-doc.js';
import { wholeAnswer } from './whole-answer.js';

/** How a question stands: never `passing` while it holds only the placeholder, whatever report.py says. */
export type QuestionState = 'unanswered' | 'failing' | 'passing' | 'warned' | 'uncounted';

/** A question's answer as it would be on disk after the next write: counted, linted and judged. */
export interface AnswerStatus {
  /** The whole answer: the draft, or the file's. */
  text: string;
  /** What report.py counts, or null when it counts nothing (it refuses the report, or no `Answer:`). */
  result: QuestionResult | null;
  /** Every lint of the question, for the draft when there is one. */
  lints: Lint[];
  state: QuestionState;
  /** Where in `text` report.py stops counting, or null. */
  cut: number | null;
  /** Words of `text` after the cut. */
  lostWords: number;
}

const stateOf = (text: string, result: QuestionResult | null, lints: Lint[]): QuestionState => {
  if (isUnanswered(text)) return 'unanswered';
  if (result === null) return 'uncounted';
  if (!result.passed) return 'failing';
  return lints.length > 0 ? 'warned' : 'passing';
};

// One entry per question and report version: a key recomputes only the answer it edits.
const cache = new WeakMap<ReportDoc, Map<number, { draft: string | undefined; status: AnswerStatus }>>();

/** The whole answer of `question` as the file has it. */
export const fileAnswer = (doc: ReportDoc, question: Question): string =>
  wholeAnswer(doc.report, question, doc.spans);

/** `question`'s status with `draft` (its whole answer, unwritten) or, without one, as the file has it. */
export const answerStatus = (doc: ReportDoc, question: Question, draft: string | undefined): AnswerStatus => {
  let entries = cache.get(doc);
  if (entries === undefined) {
    entries = new Map<number, { draft: string | undefined; status: AnswerStatus }>();
    cache.set(doc, entries);
  }
  const hit = entries.get(question.number);
  if (hit !== undefined && hit.draft === draft) return hit.status;
  const number = question.number;
  const fileLints = doc.lints.filter((l) => l.question === number);
  const text = draft ?? fileAnswer(doc, question);
  const result =
    draft === undefined
      ? (doc.template.check.questions[question.position] ?? null)
      : doc.counter.count(number, draft);
  const lints =
    draft === undefined
      ? fileLints
      : [...fileLints.filter((l) => !isAnswerRule(l.rule)), ...doc.lintAnswer(number, draft)].sort(
          (a, b) => (a.line ?? 0) - (b.line ?? 0),
        );
  const cut = question.answerMarker === null ? null : doc.counter.cut(number, text);
  const status: AnswerStatus = {
    text,
    result,
    lints,
    state: stateOf(text, result, lints),
    cut,
    lostWords: cut === null ? 0 : countWords(text.slice(cut)),
  };
  entries.set(number, { draft, status });
  return status;
};
