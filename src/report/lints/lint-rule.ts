import type { Question, Report } from '../model.js';
import type { Lint } from './lint.js';
import type { LintContext } from './lint-context.js';

/** One repair `fixReport` made. */
export interface Fix {
  /** The lint rule it answers (`windows-crash`: typographic characters made ASCII). */
  rule: string;
  question: number;
  message: string;
  /** How it reads when it was not applied (`fix` offers `--code`'s repairs without making them). */
  offer?: string;
}

/** Which command repairs a rule's lints: `fix`, `fix --code`, `fix --windows`, or none (the student's judgement). */
export type Fixable = 'fix' | 'fix --code' | 'fix --windows' | null;

/** What `fix`'s options switch on; a repair with `option` runs only when it is given. */
export interface FixOptions {
  code?: boolean;
  windows?: boolean;
}

/**
 * How a rule repairs its lints. `order` places it among the other repairs (a region repair sees the region as the
 * repairs before it left it). `region`: a repair inside one question's answer region (from right after `Answer:`),
 * given the region as repaired so far; `report`: a repair of the whole text, after every region repair.
 */
export type RuleFix =
  | {
      order: number;
      /** `whole`: the question's whole answer as the file has it (past a `####` sub-heading), judged by the answer model. */
      region: (
        region: string,
        question: Question,
        eol: string,
        whole: string,
      ) => { region: string; fixes: Fix[] } | null;
    }
  | {
      order: number;
      option?: keyof FixOptions;
      report: (report: Report, options: FixOptions) => { text: string; fixes: Fix[] };
    };

/** What a rule is, apart from how it checks: what `--fail-on`, the README's table and `--help` list. */
export interface RuleInfo {
  /** The id its lints carry (`Lint.rule`) and `--fail-on` takes, e.g. `placeholder`. */
  id: string;
  /**
   * `answer`: it looks at one answer only, so the wizard can run it on a draft of that answer alone (see
   * create-answer-linter.ts); `report`: it needs the whole report; `git`: it needs the repository (src/git).
   */
  scope: 'answer' | 'report' | 'git';
  fixable: Fixable;
  /** What it finds, in one line for the README's table (Markdown). */
  description: string;
  /** What to do about it, in a few words for the README's table (Markdown). */
  remedy: string;
}

/** One check of the report: its identity, every problem of its kind in text order, and its repair if it has one. */
export interface LintRule extends RuleInfo {
  scope: 'answer' | 'report';
  check: (context: LintContext) => Lint[];
  fix?: RuleFix;
}
