import { countedChange } from './counted-change.js';
import type { LintRule } from './lint-rule.js';

/**
 * An image written inside code (backticks, a fence, indented code, in quotes and lists too): report.py counts it, but
 * the page shows code, not a picture. The claim's `counted` is what deleting it takes off report.py's count.
 */
const check: LintRule['check'] = (context) => {
  const { text } = context.report;
  const inline = context.code;
  const blocks = context.hidden.filter((r) => r.kind === 'code');
  return context.images.flatMap((image) => {
    const block = blocks.find((r) => r.start <= image.start && image.end <= r.end);
    if (!block && !inline.some((r) => r.start <= image.start && image.end <= r.end)) return [];
    const line = context.lineOf(image.start);
    const counted = countedChange(text, context.slices, image.start, image.end);
    const counts = counted.images > 0 ? ', though report.py counts it' : '';
    return [
      {
        rule: 'image-in-code',
        question: image.question,
        line,
        message:
          block && !block.graded
            ? `Question ${image.question}'s image on line ${line} is inside a code fence: GitHub shows the text ` +
              `"${image.markdown}" instead of a picture, the graded page shows the picture (Python-Markdown has no ` +
              `fences)${counts}. Take it out of the code block.`
            : `Question ${image.question}'s image on line ${line} is inside code, so the report shows the text ` +
              `"${image.markdown}" instead of a picture${counts}. Take it out of the code block or backticks.`,
        claim: { counted },
      },
    ];
  });
};

/** The `image-in-code` rule (see `check` above). */
export const imageInCodeRule: LintRule = {
  id: 'image-in-code',
  scope: 'answer',
  fixable: null,
  description: 'an image inside code: report.py counts it, the page shows code',
  remedy: 'take it out of the code',
  check,
};
