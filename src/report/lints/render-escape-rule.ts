import type { LintRule } from './lint-rule.js';

/**
 * `render-escape`: where the graded page (Python-Markdown) shows an answer differently from GitHub, as `description`
 * says; its lints come from the render scan the render rules share (render-scan.ts).
 */
export const renderEscapeRule: LintRule = {
  id: 'render-escape',
  scope: 'answer',
  fixable: null,
  description:
    'the graded page shows a backslash before punctuation Python-Markdown does not escape (`99\\%`)',
  remedy: 'drop the backslash',
  check: (context) => context.render().lints.filter((lint) => lint.rule === 'render-escape'),
};
