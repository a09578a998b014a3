import type { LintRule } from './lint-rule.js';

/**
 * `render-strike`: where the graded page (Python-Markdown) shows an answer differently from GitHub, as `description`
 * says; its lints come from the render scan the render rules share (render-scan.ts).
 */
export const renderStrikeRule: LintRule = {
  id: 'render-strike',
  scope: 'answer',
  fixable: null,
  description: 'the graded page shows `~~text~~` with its tildes',
  remedy: 'drop the `~~`',
  check: (context) => context.render().lints.filter((lint) => lint.rule === 'render-strike'),
};
