import type { Constraint } from './generations.js';

const range = ([min, max]: [number, number]): string => (min === max ? `${min}` : `${min}–${max}`);

/** A constraint as a student reads it: `100–200 words`, `1–2 images`, `200–300 words, 1–3 images`, or `—`. */
export const describeConstraint = (constraint: Constraint | null): string => {
  if (constraint === null) return '—';
  const parts: string[] = [];
  if (constraint.words) parts.push(`${range(constraint.words)} words`);
  if (constraint.images)
    parts.push(`${range(constraint.images)} ${constraint.images[1] === 1 ? 'image' : 'images'}`);
  return parts.join(', ');
};
