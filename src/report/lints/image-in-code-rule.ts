import type { LintRule } from './lint-rule.js';

/** An image written inside code: report.py counts it, but the report shows code, not a picture. */
export const imageInCodeRule: LintRule = (context) => {
  const { code } = context;
  return context.images
    .filter((image) => code.some((r) => r.start <= image.start && image.end <= r.end))
    .map((image) => {
      const line = context.lineOf(image.start);
      return {
        rule: 'image-in-code',
        question: image.question,
        line,
        message:
          `Question ${image.question}'s image on line ${line} is inside code, so the report shows the text ` +
          `"${image.markdown}" instead of a picture` +
          (image.counted ? ', though report.py counts it' : '') +
          '. Take it out of the code block or backticks.',
      };
    });
};
