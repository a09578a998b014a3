/** Words and images as report.py counts them (`len(answer.split())`, its image pattern). */
export interface Counts {
  words: number;
  images: number;
}

/**
 * The figures a lint states, each taken from report.py's slicing (`reportPySlices`), so that tools read them from the
 * JSON instead of the message, which is rendered from them. Every field is optional: a rule fills only what it states.
 */
export interface LintClaim {
  /**
   * What report.py counts today of the thing the lint is about: a placeholder's words (deleting it takes exactly these
   * off its answer); a cut or split answer's words and images (before the fix).
   */
  counted?: Counts;
  /** What report.py does not count of the answer today and will once the lint is fixed: `counted` plus this. */
  missed?: Counts;
  /** What report.py counts of the answer once the suggested change is made (inline-answer: the move). */
  fixed?: Counts;
  /** How many answers report.py sees today, and with the fix (a stray `Answer:` adds one). */
  answers?: { now: number; fixed: number };
  /** report.py's 1-based answer position the figures belong to, when it can differ from the question's number. */
  answer?: number;
  /** What report.py on Windows (cp1252) counts for the answer whose UTF-8 figure is `counted`. */
  windows?: Counts;
}

/** A problem report.py never mentions, with the 1-based line to look at and a fix a student can act on. */
export interface Lint {
  /** Stable identifier of the rule, e.g. `placeholder`. */
  rule: string;
  /** The question (number in its heading) it concerns, or null for the whole report. */
  question: number | null;
  /** 1-based line, or null when the problem has no single place. */
  line: number | null;
  message: string;
  /** The figures the message states, when it states any (see `LintClaim`). */
  claim?: LintClaim;
}
