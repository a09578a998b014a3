import { type CheckResult, checkReport } from '../report/check-report.js';
import { lintReport } from '../report/lint-report.js';
import type { Lint } from '../report/lints/lint.js';
import type { Report } from '../report/model.js';
import { parseReport } from '../report/parse-report.js';

/** The report as last read or written: its bytes guard the next write against changes made on disk meanwhile. */
export interface ReportDoc {
  text: string;
  bytes: Uint8Array;
  report: Report;
  check: CheckResult;
  /** What report.py never says, shown on each question's screen. */
  lints: Lint[];
}

/** Parses, checks and lints `text` (or takes the parse and check a caller already has). */
export const reportDoc = (
  text: string,
  bytes: Uint8Array,
  imageExists?: (path: string) => boolean,
  parsed?: { report: Report; check: CheckResult },
): ReportDoc => {
  const report = parsed?.report ?? parseReport(text);
  const lints = lintReport(report, imageExists ? { imageExists } : {});
  return { text, bytes, report, check: parsed?.check ?? checkReport(text), lints };
};
