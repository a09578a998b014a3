import type { LintRule } from './lint-rule.js';

/** An image whose file does not exist next to the report (only when the caller can look: `imageExists`). */
const check: LintRule['check'] = (context) => {
  const { imageExists } = context;
  if (!imageExists) return [];
  return (
    context.images
      // A leading "/" means the repository root, which the report does not know: the figures rule tells about it; a
      // backslash path, the backslash rule.
      .filter(
        (image) =>
          !image.remote &&
          image.path !== '' &&
          !image.path.startsWith('/') &&
          !image.path.includes('\\') &&
          !imageExists(image.path),
      )
      .map((image) => {
        const line = context.lineOf(image.start);
        return {
          rule: 'image-missing',
          question: image.question,
          line,
          message:
            `Question ${image.question}'s image "${image.path}" on line ${line} does not exist next to the report: ` +
            (image.counted
              ? 'report.py still counts it, but the report shows a broken image. '
              : 'the report shows a broken image (report.py does not count it: it stops counting this answer ' +
                'before it). ') +
            'Add the file or fix the path (it is relative to the report, and case matters).',
        };
      })
  );
};

/** The `image-missing` rule (see `check` above). */
export const imageMissingRule: LintRule = {
  id: 'image-missing',
  scope: 'answer',
  fixable: null,
  description: 'an image whose file does not exist next to the report',
  remedy: 'add the file, or fix the path',
  check,
};
