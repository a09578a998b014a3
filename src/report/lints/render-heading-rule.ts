import type { LintRule } from './lint-rule.js';

/**
 * `render-heading`: where the graded page (Python-Markdown) shows an answer differently from GitHub, as `description`
 * says; its lints come from the render scan the render rules share (render-scan.ts).
 */
export const renderHeadingRule: LintRule = {
  id: 'render-heading',
  scope: 'answer',
  fixable: null,
  description:
    'the graded page shows `#word` at a line start, and `# comment` lines in fenced code, as headings; a text underlined by `---` as a rule',
  remedy: 'reword, `\\#`, a blank line',
  check: (context) => context.render().lints.filter((lint) => lint.rule === 'render-heading'),
};
