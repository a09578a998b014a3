import type { QuestionResult } from '../report/check-report.js';

/** One question as every JSON output gives it: report.py's figures, `number` being its position (the corpus contract). */
export interface QuestionJson {
  number: number;
  words: number;
  images: number;
  passed: boolean;
}

/** A question's report.py figures for JSON: `check --json`'s contract (`../shared/corpus/expected`) names the position `number`. */
export const questionJson = (q: QuestionResult): QuestionJson => ({
  number: q.position,
  words: q.words,
  images: q.images,
  passed: q.passed,
});
