import type { LintRule } from './lint-rule.js';

/** An image linked from the web (or a `data:` URL) instead of a file in `figures/`. */
const check: LintRule['check'] = (context) =>
  context.images
    .filter((image) => image.remote)
    .map((image) => {
      const line = context.lineOf(image.start);
      return {
        rule: 'image-remote',
        question: image.question,
        line,
        message:
          `Question ${image.question}'s image on line ${line} links to "${image.target.slice(0, 60)}": ` +
          (image.counted ? 'report.py counts it, but it' : 'it') +
          ' breaks when the link does. Save the image in the figures folder and link "figures/<name>.png" instead.',
      };
    });

/** The `image-remote` rule (see `check` above). */
export const imageRemoteRule: LintRule = {
  id: 'image-remote',
  scope: 'answer',
  fixable: null,
  description: 'an image linked from the web (or a `data:` URL) instead of a file in `figures/`',
  remedy: 'save it in `figures/`',
  check,
};
