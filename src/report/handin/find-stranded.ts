import type { AnswerWords } from './answer-words.js';

/** Why a branch's answer counts as stranded: what the graded version has instead. */
export type StrandedReason =
  'no_report_on_default' | 'question_missing_on_default' | 'placeholder' | 'empty' | 'fewer_words';

/** An answer a branch holds that the graded version lacks or has much less of. */
export interface StrandedAnswer {
  question: number;
  reason: StrandedReason;
  words: number;
  defaultWords: number;
  /** The branch's answer and the graded one, to look for in older versions (see `isSuperseded`). */
  text: string;
  defaultText: string | null;
}

/** The least words an answer needs to count as real, and the share of it below which the graded one is "much less". */
const realAnswer = 20;
const muchLess = 0.5;

/**
 * The answers of a branch's report that the graded report lacks (no report, no such question, the placeholder, empty)
 * or has less than half the words of; only answers of at least 20 words count. `graded` is null without a report.
 */
export const findStranded = (graded: AnswerWords[] | null, branch: AnswerWords[]): StrandedAnswer[] => {
  const byNumber = new Map(graded?.map((a) => [a.question, a]));
  const stranded: StrandedAnswer[] = [];
  for (const answer of branch) {
    if (answer.words < realAnswer) continue;
    const mine = byNumber.get(answer.question);
    const reason: StrandedReason | null =
      graded === null
        ? 'no_report_on_default'
        : mine === undefined
          ? 'question_missing_on_default'
          : mine.words === 0 && mine.placeholder
            ? 'placeholder'
            : mine.words === 0
              ? 'empty'
              : mine.words < answer.words * muchLess
                ? 'fewer_words'
                : null;
    if (reason === null) continue;
    stranded.push({
      question: answer.question,
      reason,
      words: answer.words,
      defaultWords: mine?.words ?? 0,
      text: answer.text,
      defaultText: mine?.text ?? null,
    });
  }
  return stranded;
};
