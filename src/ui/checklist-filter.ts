import type { ChecklistItem } from '../report/model.js';

const tagPattern = /^m\d+$/i;

/**
 * The checklist items matching a filter: every word must match, a tag such as `m17` matches that module exactly
 * (not M170), any other word matches the item text case-insensitively.
 */
export const checklistFilter = (items: readonly ChecklistItem[], query: string): ChecklistItem[] => {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return items.filter((item) =>
    words.every((word) =>
      tagPattern.test(word)
        ? item.modules.some((m) => m.toLowerCase() === word)
        : item.text.toLowerCase().includes(word),
    ),
  );
};
