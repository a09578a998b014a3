/** report.py's figures for a report, in the shape of test/fixtures/reports/*.expected.json (and the corpus' expected/). */
export interface ReportPyFields {
  fatal: string | null;
  passed: number | null;
  total: number | null;
  questions: { number: number; words: number; images: number; passed: boolean }[];
}

/** Keeps only the fields report.py computes from a check result (ours or `check --json`'s), dropping our extras. */
export const reportPyFields = (result: {
  fatal: string | null;
  passed: number | null;
  total: number | null;
  questions: { number: number; words: number; images: number; passed: boolean }[];
}): ReportPyFields => ({
  fatal: result.fatal,
  passed: result.passed,
  total: result.total,
  questions: result.questions.map(({ number, words, images, passed }) => ({ number, words, images, passed })),
});
