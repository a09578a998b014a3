import type { LintRule } from './lint-rule.js';

/**
 * `render-code`: where the graded page (Python-Markdown) shows an answer differently from GitHub, as `description`
 * says; its lints come from the render scan the render rules share (render-scan.ts).
 */
export const renderCodeRule: LintRule = {
  id: 'render-code',
  scope: 'answer',
  fixable: 'fix --code',
  description:
    'the graded page shows fenced code as one run of inline code starting with the language name (as paragraphs when it holds a blank line)',
  remedy: 'indent the code by 4 spaces (`fix --code`)',
  check: (context) => context.render().lints.filter((lint) => lint.rule === 'render-code'),
};
