/** A problem report.py never mentions, with the 1-based line to look at and a fix a student can act on. */
export interface Lint {
  /** Stable identifier of the rule, e.g. `placeholder`. */
  rule: string;
  /** The question (number in its heading) it concerns, or null for the whole report. */
  question: number | null;
  /** 1-based line, or null when the problem has no single place. */
  line: number | null;
  message: string;
}
