import type { LintRule } from './lint-rule.js';

/** An image file that is not in the `figures/` folder next to the report, where the template asks for it. */
const check: LintRule['check'] = (context) =>
  context.images
    // A backslash path gets the backslash rule's fix, not this one.
    .filter(
      (image) =>
        !image.remote &&
        image.path !== '' &&
        !image.path.includes('\\') &&
        !image.path.startsWith('figures/'),
    )
    .map((image) => {
      const line = context.lineOf(image.start);
      return {
        rule: 'image-outside-figures',
        question: image.question,
        line,
        message:
          `Question ${image.question}'s image "${image.path}" on line ${line} is not in the figures folder next ` +
          'to the report. Move it to figures/ and link "figures/<name>" (relative to the report).',
      };
    });

/** The `image-outside-figures` rule (see `check` above). */
export const imageOutsideFiguresRule: LintRule = {
  id: 'image-outside-figures',
  scope: 'answer',
  fixable: null,
  description: 'an image file outside the `figures/` folder the template asks for',
  remedy: 'move it to `figures/`',
  check,
};
