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
import type { LintRule } from './lints/lint-rule.js';
import { outdatedTemplateRule } from './lints/outdated-template-rule.js';
import { placeholderRule } from './lints/placeholder-rule.js';
import { renderBreakRule } from './lints/render-break-rule.js';
import { renderCodeRule } from './lints/render-code-rule.js';
import { renderEscapeRule } from './lints/render-escape-rule.js';
import { renderHeadingRule } from './lints/render-heading-rule.js';
import { renderHtmlRule } from './lints/render-html-rule.js';
import { renderListRule } from './lints/render-list-rule.js';
import { renderStrikeRule } from './lints/render-strike-rule.js';
import { renderTableRule } from './lints/render-table-rule.js';
import { structureRule } from './lints/structure-rule.js';
import { windowsCountRule } from './lints/windows-count-rule.js';
import { windowsCrashRule } from './lints/windows-crash-rule.js';

/**
 * Every rule of the report, in the order lints on one line are listed: the one list from which `check`, the wizard's
 * per-answer linter (the `answer` scope), `fix` (each rule's `fix`), `--fail-on`'s names and the README's table come.
 * The render rules follow the render scan's order on a line (code, heading, list, table, inline, break).
 */
export const lintRules: readonly LintRule[] = [
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
  renderCodeRule,
  renderHeadingRule,
  renderListRule,
  renderTableRule,
  renderStrikeRule,
  renderHtmlRule,
  renderEscapeRule,
  renderBreakRule,
];
