import { ReportError } from '../io/report-error.js';
import { plural } from '../report/plural.js';
import { describeConstraint } from '../report/describe-constraint.js';
import type { FileCheck } from './check-report-file.js';

/** What breaks the hand-in, not what is merely short: report.py refusing the report, conflict markers, Windows crashes. */
export const handIn = ['fatal', 'conflict-marker', 'windows-crash'];

/** One problem `--fail-on` names in a checked file. */
export interface Blocking {
  line: number | null;
  message: string;
}

/**
 * Reads `check --fail-on`: a comma-separated list of `fatal` (report.py refuses the report), `questions` (a question
 * fails report.py) and lint rule names; `hand-in` stands for the problems that break the hand-in.
 */
export const parseFailOn = (value: string): string[] => {
  const names = value.split(',').map((name) => name.trim());
  const bad = names.find((name) => !/^[a-z][a-z-]*$/.test(name));
  if (bad !== undefined) {
    throw new ReportError(
      `--fail-on takes a comma-separated list of hand-in, fatal, questions and lint rule names; got "${bad}".`,
    );
  }
  return [...new Set(names.flatMap((name) => (name === 'hand-in' ? handIn : [name])))];
};

/** The problems of one checked file that `failOn` names, in line order. */
export const blockingProblems = (check: FileCheck, failOn: string[]): Blocking[] => {
  const found: Blocking[] = [];
  if (failOn.includes('fatal') && check.fatal !== null) {
    found.push({ line: null, message: `report.py refuses the whole report: ${check.fatal}` });
  }
  if (failOn.includes('questions')) {
    for (const q of check.questions.filter((q) => !q.passed)) {
      found.push({
        line: check.answerLines[q.position - 1] ?? null,
        message: `Question ${q.position} fails report.py: ${plural(q.words, 'word')}, ${plural(q.images, 'image')}; expected ${describeConstraint(q.constraint)}.`,
      });
    }
  }
  for (const lint of check.lints) if (failOn.includes(lint.rule)) found.push(lint);
  return found.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
};
