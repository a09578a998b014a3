import type { LintRule } from './lint-rule.js';

/**
 * `render-table`: where the graded page (Python-Markdown) shows an answer differently from GitHub, as `description`
 * says; its lints come from the render scan the render rules share (render-scan.ts).
 */
export const renderTableRule: LintRule = {
  id: 'render-table',
  scope: 'answer',
  fixable: null,
  description: 'the graded page shows a table as raw text with its pipes',
  remedy: 'a list, or an image',
  check: (context) => context.render().lints.filter((lint) => lint.rule === 'render-table'),
};
