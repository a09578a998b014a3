import { lintRules } from './lint-rules.js';
import type { Lint } from './lints/lint.js';
import type { LintRule } from './lints/lint-rule.js';
import { type LintContext, type LintInputs, lintContext } from './lints/lint-context.js';
import type { ReportStructure } from './model.js';

/** The rules that look at one answer only, in `lintReport`'s order: they can run on that answer's text alone. */
export const answerRules: readonly LintRule[] = lintRules.filter((rule) => rule.scope === 'answer');

/** Options of `lintReport`: what the caller can tell about the world outside the text (see `LintInputs`). */
export type LintOptions = LintInputs;

/**
 * The problems report.py never tells about, each with its line and a fix; none changes report.py's verdict.
 * Sorted by line (whole-report lints first), then in rule order. A caller that needs the shared views too (`check`
 * prints the verdict in `context.check`) makes the context itself and passes it.
 */
export const lintReport = (
  report: ReportStructure,
  options: LintOptions = {},
  context: LintContext = lintContext(report, options),
): Lint[] => {
  const lints = lintRules.flatMap((rule) => rule.check(context));
  // Array.prototype.sort is stable, so lints on one line keep the rule order.
  return lints.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
};
