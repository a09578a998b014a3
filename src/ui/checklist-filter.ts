import type { ChecklistItem } from '../report/model.js';
import { itemSuggestion } from './item-suggestion.js';
import type { ChecklistTraces } from './item-trace.js';

const tagPattern = /^m\d+$/i;

/** Keeps only the items the repository's evidence disagrees with in one way. */
export interface SuggestionFilter {
  /** `check`: evidence, not ticked; `uncheck`: ticked, no trace found. */
  only: 'check' | 'uncheck';
  traces: ChecklistTraces;
  /** Items shown whatever the evidence says (toggled while this filter is on). */
  kept?: readonly number[];
}

/**
 * The checklist items matching a filter: every word must match, a tag such as `m17` matches that module exactly
 * (not M170), any other word matches the item text case-insensitively; with `suggestion`, only the items whose box
 * the evidence disagrees with that way.
 */
export const checklistFilter = (
  items: readonly ChecklistItem[],
  query: string,
  suggestion: SuggestionFilter | null = null,
): ChecklistItem[] => {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return items.filter(
    (item) =>
      (suggestion === null ||
        itemSuggestion(item, suggestion.traces) === suggestion.only ||
        suggestion.kept?.includes(item.index) === true) &&
      words.every((word) =>
        tagPattern.test(word)
          ? item.modules.some((m) => m.toLowerCase() === word)
          : item.text.toLowerCase().includes(word),
      ),
  );
};
