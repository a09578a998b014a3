import identities from '../../templates/identities.json' with { type: 'json' };
import type { GenerationId } from './model.js';

/**
 * Which question of template year `to` each question of year `from` is (question number to question number), from
 * templates/identities.json: a question keeps its identity when the template rewords or renumbers it.
 */
export const questionMap = (from: GenerationId, to: GenerationId): Map<number, number> => {
  const map = new Map<number, number>();
  for (const { numbers } of identities.questions) {
    const byYear = numbers as Partial<Record<GenerationId, number>>;
    const a = byYear[from];
    const b = byYear[to];
    if (a !== undefined && b !== undefined) map.set(a, b);
  }
  return map;
};
