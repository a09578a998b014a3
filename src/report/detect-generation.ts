import { generations } from './generations.js';
import type { GenerationId, LengthRange } from './model.js';

// Each generation's length wording as a case-insensitive pattern, made with the table: the same few for every report.
const wordingPatterns = new Map(
  generations.flatMap(({ recognise: { lengthWording } }) =>
    lengthWording === undefined
      ? []
      : [[lengthWording, new RegExp(lengthWording.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i')] as const],
  ),
);

/** A heading count this far from a template's is still that template with questions added or lost by hand. */
const tolerance = 2;

/**
 * Recognises the template generation from the `recognise` data in templates/generations.json: the question count
 * (within two), then, newest first, the length wording and Q3's range each year changed; a report that matches a
 * count but none of the details is the newest template with that count.
 */
export const detectGeneration = (
  text: string,
  count: number,
  q3: LengthRange | null,
): GenerationId | null => {
  const candidates = generations
    .filter((g) => Math.abs(g.recognise.questions - count) <= tolerance)
    .reverse();
  if (candidates.length === 0) return null;
  const matches = candidates.find(({ recognise }) => {
    // A case-insensitive search, not a lower-cased copy of the whole report.
    if (recognise.lengthWording !== undefined && !wordingPatterns.get(recognise.lengthWording)!.test(text))
      return false;
    if (recognise.q3Length !== undefined) {
      const [min, max] = recognise.q3Length;
      if (q3 === null || q3.min !== min || q3.max !== max) return false;
    }
    return true;
  });
  return (matches ?? candidates[0]!).id;
};
