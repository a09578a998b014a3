import type { LintRule } from './lint-rule.js';

/** An image file that is not `.png`, `.jpg` or `.jpeg`, the formats the template asks for. */
const check: LintRule['check'] = (context) =>
  context.images
    .filter((image) => !image.remote && !/\.(?:png|jpe?g)$/i.test(image.path))
    .map((image) => {
      const line = context.lineOf(image.start);
      return {
        rule: 'image-extension',
        question: image.question,
        line,
        message:
          `Question ${image.question}'s image "${image.path}" on line ${line} is not a .png, .jpg or .jpeg file, ` +
          'the only formats the template allows. Convert it to PNG or JPEG and link that file.',
      };
    });

/** The `image-extension` rule (see `check` above). */
export const imageExtensionRule: LintRule = {
  id: 'image-extension',
  scope: 'answer',
  fixable: null,
  description: 'an image that is not `.png`, `.jpg` or `.jpeg`',
  remedy: 'convert it',
  check,
};
