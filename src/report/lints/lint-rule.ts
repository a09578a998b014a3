import type { Lint } from './lint.js';
import type { LintContext } from './lint-context.js';

/** One check of the report: every problem of its kind, in text order. */
export type LintRule = (context: LintContext) => Lint[];
