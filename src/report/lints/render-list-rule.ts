import { renderFix } from '../fix-render.js';
import type { LintRule } from './lint-rule.js';

/**
 * `render-list`: where the graded page (Python-Markdown) shows an answer differently from GitHub, as `description`
 * says; its lints come from the render scan the render rules share (render-scan.ts).
 */
export const renderListRule: LintRule = {
  id: 'render-list',
  scope: 'answer',
  fixable: 'fix',
  description:
    'the graded page shows a list right under a line of text as part of that paragraph, `- ` written out; nested items with fewer than 4 spaces not nested; a `1)` list as text',
  remedy: 'a blank line before it (`fix`); 4 spaces per level (`fix`)',
  check: (context) => context.render().lints.filter((lint) => lint.rule === 'render-list'),
  fix: renderFix,
};
