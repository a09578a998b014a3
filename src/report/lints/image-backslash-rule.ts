import type { LintRule } from './lint-rule.js';

/** An image path written with backslashes: Windows finds the file, GitHub and the graded page do not. */
const check: LintRule['check'] = (context) =>
  context.images
    .filter((image) => !image.remote && image.path.includes('\\'))
    .map((image) => {
      const line = context.lineOf(image.start);
      return {
        rule: 'image-backslash',
        question: image.question,
        line,
        message:
          `Question ${image.question}'s image "${image.path}" on line ${line} uses backslashes, which only Windows ` +
          `reads as folders: GitHub and the graded page show a broken image. Write "${image.path.replaceAll('\\', '/')}".`,
      };
    });

/** The `image-backslash` rule (see `check` above). */
export const imageBackslashRule: LintRule = {
  id: 'image-backslash',
  scope: 'answer',
  fixable: null,
  description: 'an image path with backslashes, which GitHub and the graded page do not find',
  remedy: 'forward slashes',
  check,
};
