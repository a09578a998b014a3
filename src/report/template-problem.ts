import { generationById } from './generations.js';
import type { GenerationId, Report } from './model.js';
import { placeholderPattern } from './placeholder.js';

const placeholder = new RegExp(placeholderPattern, 'gi');

/**
 * Why `template` is not the blank course template of year `to` (one sentence ending in what to pass instead), or
 * null when it is: that year's question count, every answer still its placeholder, no item ticked. A group's filled
 * report passed as the template would otherwise put its answers and ticks into the report being moved.
 */
export const templateProblem = (template: Report, to: GenerationId): string | null => {
  const want = generationById(to);
  const fix = "pass the course's newest reports/README.md.";
  if (template.generation !== to || template.questions.length !== want.questions) {
    const looks = template.generation ? `; it looks like ${template.generation}` : '';
    return `it is not the ${to} template (${template.questions.length} questions${looks}): ${fix}`;
  }
  const answered = template.questions.find(
    (q) => q.answer.replace(placeholder, '').trim() !== '' || (q.inlineAnswer ?? '').trim() !== '',
  );
  if (answered) {
    return (
      `question ${answered.number} holds an answer, not the template's "--- question ${answered.number} fill ` +
      `here ---", so it is someone's filled report, not the blank template: ${fix}`
    );
  }
  const ticked = template.items.find((item) => item.checked);
  if (ticked) {
    return `checklist item ${ticked.index} is ticked, so it is someone's report, not the blank template: ${fix}`;
  }
  return null;
};
