import type { LintRule } from './lint-rule.js';

/**
 * `render-html`: where the graded page (Python-Markdown) shows an answer differently from GitHub, as `description`
 * says; its lints come from the render scan the render rules share (render-scan.ts).
 */
export const renderHtmlRule: LintRule = {
  id: 'render-html',
  scope: 'answer',
  fixable: null,
  description:
    'the graded page shows `<sweep_id>`, `<folder/file>` taken for HTML and hidden; `<x/y@z>` as a mail link',
  remedy: 'backticks, or `&lt;`',
  check: (context) => context.render().lints.filter((lint) => lint.rule === 'render-html'),
};
