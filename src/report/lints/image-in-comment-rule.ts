import { countedChange } from './counted-change.js';
import type { LintRule } from './lint-rule.js';

/**
 * An image inside an HTML comment (`<!-- … -->`): report.py counts it, but neither the graded page nor GitHub shows
 * it. The claim's `counted` is what deleting it takes off report.py's count.
 */
const check: LintRule['check'] = (context) => {
  const { text } = context.report;
  const comments = context.hidden.filter((r) => r.kind === 'comment');
  if (comments.length === 0) return [];
  return context.images
    .filter((image) => comments.some((r) => r.start <= image.start && image.end <= r.end))
    .map((image) => {
      const line = context.lineOf(image.start);
      const counted = countedChange(text, context.slices, image.start, image.end);
      return {
        rule: 'image-in-comment',
        question: image.question,
        line,
        message:
          `Question ${image.question}'s image on line ${line} is inside an HTML comment ("<!--" to "-->"), so no ` +
          `page shows it${counted.images > 0 ? ', though report.py counts it' : ''}. Take it out of the comment, or ` +
          'delete it.',
        claim: { counted },
      };
    });
};

/** The `image-in-comment` rule (see `check` above). */
export const imageInCommentRule: LintRule = {
  id: 'image-in-comment',
  scope: 'answer',
  fixable: null,
  description: 'an image inside an HTML comment: report.py counts it, no page shows it',
  remedy: 'take it out of the comment',
  check,
};
