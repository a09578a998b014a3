import type { LintRule } from './lint-rule.js';

/** An image file that is not in the `figures/` folder next to the report, where the template asks for it. */
export const imageOutsideFiguresRule: LintRule = (context) =>
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
