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

const rules: LintRule[] = [
  outdatedTemplateRule,
  structureRule,
  conflictMarkerRule,
  placeholderRule,
  inlineAnswerRule,
  headingInAnswerRule,
  answerInAnswerRule,
  afterLastAnswerRule,
  imageBackslashRule,
  imageMissingRule,
  imageOutsideFiguresRule,
  imageExtensionRule,
  imageRemoteRule,
  imageNotCountedRule,
  imageInCodeRule,
  imageInCommentRule,
  windowsCrashRule,
  windowsCountRule,
  renderRule,
];

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
