import type { LintRule } from './lint-rule.js';

/**
 * `render-break`: where the graded page (Python-Markdown) shows an answer differently from GitHub, as `description`
 * says; its lints come from the render scan the render rules share (render-scan.ts).
 */
export const renderBreakRule: LintRule = {
  id: 'render-break',
  scope: 'answer',
  fixable: null,
  description: 'the graded page shows a line-ending backslash, and no line break',
  remedy: 'two trailing spaces',
  check: (context) => context.render().lints.filter((lint) => lint.rule === 'render-break'),
};
