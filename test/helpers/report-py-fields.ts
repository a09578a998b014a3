/** report.py's figures for a report, in the shape of test/fixtures/reports/*.expected.json (and the corpus' expected/). */
export interface ReportPyFields {
  fatal: string | null;
  passed: number | null;
  total: number | null;
  questions: { number: number; words: number; images: number; passed: boolean }[];
}

/** A question's figures as `check --json` gives them (`number`) or as `checkReport` does (`position`). */
type Figures = ({ number: number } | { position: number }) & {
  words: number;
  images: number;
  passed: boolean;
};

/**
 * Keeps only the fields report.py computes from a check result (ours or `check --json`'s), dropping our extras; the
 * JSON contract calls report.py's position `number`.
 */
export const reportPyFields = (result: {
  fatal: string | null;
  passed: number | null;
  total: number | null;
  questions: Figures[];
}): ReportPyFields => ({
  fatal: result.fatal,
  passed: result.passed,
  total: result.total,
  questions: result.questions.map((q) => ({
    number: 'number' in q ? q.number : q.position,
    words: q.words,
    images: q.images,
    passed: q.passed,
  })),
});
