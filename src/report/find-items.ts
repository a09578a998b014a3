import type { ChecklistItem } from './model.js';

/** The items an ITEM argument names, or the reason it names none unambiguously. */
export type ItemMatch = { items: ChecklistItem[]; error: null } | { items: ChecklistItem[]; error: string };

/**
 * Resolves a `toggle` argument: an item number as `status` lists it, a module tag (`M17`: every item with it),
 * or a case-insensitive text fragment that must match exactly one item.
 */
export const findItems = (items: ChecklistItem[], query: string): ItemMatch => {
  if (/^\d+$/.test(query)) {
    const item = items.find((i) => i.index === Number(query));
    return item
      ? { items: [item], error: null }
      : { items: [], error: `There is no checklist item ${query} (1–${items.length}).` };
  }
  if (/^M\d+$/i.test(query)) {
    const tag = query.toUpperCase();
    const tagged = items.filter((i) => i.modules.includes(tag));
    return tagged.length > 0
      ? { items: tagged, error: null }
      : { items: [], error: `No checklist item is tagged ${tag}.` };
  }
  const needle = query.toLowerCase();
  const found = items.filter((i) => i.text.toLowerCase().includes(needle));
  if (found.length === 1) return { items: found, error: null };
  if (found.length === 0) return { items: [], error: `No checklist item contains "${query}".` };
  return {
    items: found,
    error: `"${query}" matches ${found.length} items; use a number or a longer fragment:\n${found.map((i) => `  ${i.index}. ${i.text}`).join('\n')}`,
  };
};
