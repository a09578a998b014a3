import { type LintOptions, lintReport } from '../../../src/report/lint-report.js';
import type { Lint } from '../../../src/report/lints/lint.js';
import { parseReport } from '../../../src/report/parse-report.js';

/** The lints one rule finds in a report text. */
export const lintsOf = (text: string, rule: string, options?: LintOptions): Lint[] =>
  lintReport(parseReport(text), options).filter((lint) => lint.rule === rule);
