import type { CheckerVersion } from '../generations.js';
import type { GenerationId, Report, Span } from '../model.js';
import type { ReportPySlice } from './report-py-slices.js';

/** What every lint rule reads: the parsed report plus the views of it the rules share. */
export interface LintContext {
  report: Report;
  /** 1-based line of a text offset. */
  lineOf: (offset: number) => number;
  /** Each question's answer as the student meant it, parallel to `report.questions` (see `answerSpans`). */
  spans: (Span | null)[];
  /** How today's report.py slices the text. */
  slices: ReportPySlice[];
  /** Today's report.py: how many answers it expects and its limits. */
  checker: CheckerVersion;
  /** The generation staff grade with today. */
  newest: GenerationId;
  /** Whether an image path (relative to the report's folder, URL-decoded) exists; absent = not checked. */
  imageExists?: (relativePath: string) => boolean;
}
