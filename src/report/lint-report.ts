import { afterLastAnswerRule } from './lints/after-last-answer-rule.js';
import { answerInAnswerRule } from './lints/answer-in-answer-rule.js';
import { conflictMarkerRule } from './lints/conflict-marker-rule.js';
import { headingInAnswerRule } from './lints/heading-in-answer-rule.js';
import { imageBackslashRule } from './lints/image-backslash-rule.js';
import { imageExtensionRule } from './lints/image-extension-rule.js';
import { imageInCodeRule } from './lints/image-in-code-rule.js';
import { imageInCommentRule } from './lints/image-in-comment-rule.js';
import { imageMissingRule } from './lints/image-missing-rule.js';
import { imageNotCountedRule } from './lints/image-not-counted-rule.js';
import { imageOutsideFiguresRule } from './lints/image-outside-figures-rule.js';
import { imageRemoteRule } from './lints/image-remote-rule.js';
import { inlineAnswerRule } from './lints/inline-answer-rule.js';
import type { Lint } from './lints/lint.js';
import type { LintRule } from './lints/lint-rule.js';
import { type LintContext, type LintInputs, lintContext } from './lints/lint-context.js';
import { outdatedTemplateRule } from './lints/outdated-template-rule.js';
import { placeholderRule } from './lints/placeholder-rule.js';
import { renderRule } from './lints/render-rule.js';
import { structureRule } from './lints/structure-rule.js';
import { windowsCountRule } from './lints/windows-count-rule.js';
import { windowsCrashRule } from './lints/windows-crash-rule.js';
import type { ReportStructure } from './model.js';

// Every rule, in the order lints on one line are listed; `answer`: it looks at one answer only, so the wizard can run
// it on a draft of that answer alone (see create-answer-linter.ts).
const allRules: readonly { rule: LintRule; answer: boolean }[] = [
  { rule: outdatedTemplateRule, answer: false },
  { rule: structureRule, answer: false },
  { rule: conflictMarkerRule, answer: true },
  { rule: placeholderRule, answer: true },
  { rule: inlineAnswerRule, answer: true },
  { rule: headingInAnswerRule, answer: true },
  { rule: answerInAnswerRule, answer: true },
  { rule: afterLastAnswerRule, answer: false },
  { rule: imageBackslashRule, answer: true },
  { rule: imageMissingRule, answer: true },
  { rule: imageOutsideFiguresRule, answer: true },
  { rule: imageExtensionRule, answer: true },
  { rule: imageRemoteRule, answer: true },
  { rule: imageNotCountedRule, answer: true },
  { rule: imageInCodeRule, answer: true },
  { rule: imageInCommentRule, answer: true },
  { rule: windowsCrashRule, answer: false },
  { rule: windowsCountRule, answer: false },
  { rule: renderRule, answer: true },
];
const rules = allRules.map((r) => r.rule);

/** The rules that look at one answer only, in `lintReport`'s order: they can run on that answer's text alone. */
export const answerRules: readonly LintRule[] = allRules.filter((r) => r.answer).map((r) => r.rule);

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
  const lints = rules.flatMap((rule) => rule(context));
  // Array.prototype.sort is stable, so lints on one line keep the rule order.
  return lints.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
};
