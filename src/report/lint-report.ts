import { generationById, newestGeneration } from './generations.js';
import { afterLastAnswerRule } from './lints/after-last-answer-rule.js';
import { answerInAnswerRule } from './lints/answer-in-answer-rule.js';
import { answerSpans } from './lints/answer-spans.js';
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
import { lineIndex } from './lints/line-index.js';
import { outdatedTemplateRule } from './lints/outdated-template-rule.js';
import { placeholderRule } from './lints/placeholder-rule.js';
import { renderRule } from './lints/render-rule.js';
import { reportPySlices } from './lints/report-py-slices.js';
import { structureRule } from './lints/structure-rule.js';
import { windowsCountRule } from './lints/windows-count-rule.js';
import { windowsCrashRule } from './lints/windows-crash-rule.js';
import type { GenerationId, Report } from './model.js';

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

/** Options of `lintReport`: what the caller can tell about the world outside the text. */
export interface LintOptions {
  /** Whether an image path (relative to the report's folder) exists; without it images are not looked up. */
  imageExists?: (relativePath: string) => boolean;
  /** The generation graded today (default: the newest). */
  newest?: GenerationId;
}

/**
 * The problems report.py never tells about, each with its line and a fix; none changes report.py's verdict.
 * Sorted by line (whole-report lints first), then in rule order.
 */
export const lintReport = (report: Report, options: LintOptions = {}): Lint[] => {
  const newest = options.newest ?? newestGeneration.id;
  const context = {
    report,
    lineOf: lineIndex(report.text),
    spans: answerSpans(report),
    slices: reportPySlices(report.text),
    checker: generationById(newest).checker,
    newest,
    ...(options.imageExists ? { imageExists: options.imageExists } : {}),
  };
  const lints = rules.flatMap((rule) => rule(context));
  // Array.prototype.sort is stable, so lints on one line keep the rule order.
  return lints.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
};
