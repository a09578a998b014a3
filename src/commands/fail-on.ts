import { suggestCommand } from './suggest-command.js';
import { gitRules } from '../git/git-rules.js';
import { ReportError } from '../io/report-error.js';
import { lintRules } from '../report/lint-rules.js';
import type { FileCheck } from './check-report-file.js';
import { failuresAsLints } from './failures-as-lints.js';

/** What breaks the hand-in, not what is merely short: report.py refusing the report, conflict markers, Windows crashes. */
export const handIn = ['fatal', 'conflict-marker', 'windows-crash'];

/** Every name `--fail-on` takes: the groups, then each rule of the registry and of git, in their order. */
export const failOnNames: readonly string[] = [
  'hand-in',
  'fatal',
  'questions',
  ...lintRules.map((rule) => rule.id),
  ...gitRules.map((rule) => rule.id),
];

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
  // A misspelt rule would never block (a pre-commit hook that lets everything through), so it is refused.
  const unknown = names.find((name) => !failOnNames.includes(name));
  if (unknown !== undefined) {
    const near = suggestCommand(unknown, failOnNames);
    throw new ReportError(
      `--fail-on: no rule is named "${unknown}"${near === null ? '' : ` (did you mean "${near}"?)`}; ` +
        'the names are listed under "Lint rules" in the README.',
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
  if (failOn.includes('questions') && check.fatal === null) {
    for (const { line, message } of failuresAsLints(check)) found.push({ line, message });
  }
  for (const lint of check.lints) if (failOn.includes(lint.rule)) found.push(lint);
  return found.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
};
