import identities from '../../templates/identities.json' with { type: 'json' };
import { trailingComments } from './trailing-comments.js';

// Parenthesised module tags, `(M16)`, `(M2+M6)`: added in 2025, not part of what an item asks.
const moduleGroup = /\((?:\s*M\d+\s*(?:[+,/&]|\band\b)?)+\)/gi;
const articles = new Set(['a', 'an', 'the']);

/** The words that say what an item asks, each with where it ends in `text` (module tags, articles, comments out). */
const tokens = (text: string): { word: string; end: number }[] => {
  const asked = text
    .slice(0, text.length - trailingComments(text).length)
    .replace(moduleGroup, (tag) => ' '.repeat(tag.length));
  return [...asked.matchAll(/[a-z0-9]+/gi)]
    .map((m) => ({ word: m[0].toLowerCase(), end: m.index + m[0].length }))
    .filter((t) => !articles.has(t.word));
};
const normalise = (text: string): string =>
  tokens(text)
    .map((t) => t.word)
    .join(' ');

// Each wording of a renamed item (templates/identities.json) stands for the group's first.
const renamed = new Map<string, string>();
for (const group of identities.items) {
  const first = normalise(group[0]!);
  for (const wording of group) renamed.set(normalise(wording), first);
}
const canonical = (normal: string): string => renamed.get(normal) ?? normal;
// A note is matched by its start only when the item's own words are this many or more.
const minimumPrefixWords = 2;

/** Which of `candidates` an old checklist item is, and what the student wrote after the item's own words. */
export interface ItemMatch {
  /** Index into `candidates`. */
  index: number;
  /** The student's note after the item (`RASMUS`, `<!--- name -->`), as written; '' when none. */
  note: string;
}

/**
 * Finds the item of a newer checklist (`candidates`, item texts) that asks what `text` asked, or null: equal after
 * leaving out case, articles, punctuation, module tags and trailing `<!-- -->` comments ("have a understanding" is
 * "have an understanding"), with each wording of an item the course reworded ("Calculate the coverage." and
 * "Calculate the code coverage (M16)", templates/identities.json) taken as one; failing that, the item whose words
 * (two or more) start the old text, the rest being a note the student added (`(M5) RASMUS`).
 */
export const matchItem = (text: string, candidates: readonly string[]): ItemMatch | null => {
  const words = tokens(text);
  const normal = words.map((t) => t.word).join(' ');
  const keys = candidates.map((c) => canonical(normalise(c)));
  const exact = keys.indexOf(canonical(normal));
  if (exact >= 0) return { index: exact, note: trailingComments(text).trim() };
  // The longest wording, a candidate's or a rename's, that the old text starts with.
  let best: { index: number; count: number } | null = null;
  for (const wording of [...candidates.map(normalise), ...renamed.keys()]) {
    const count = wording === '' ? 0 : wording.split(' ').length;
    if (count < minimumPrefixWords || !normal.startsWith(`${wording} `) || (best && best.count >= count))
      continue;
    const index = keys.indexOf(canonical(wording));
    if (index >= 0) best = { index, count };
  }
  if (best === null) return null;
  const rest = text.slice(words[best.count - 1]!.end);
  // Closing punctuation and the module tags of the item's own wording are not the student's.
  const note = rest.replace(/^(?:[\s.,;:)]|\((?:\s*M\d+\s*(?:[+,/&]|\band\b)?)+\))*/i, '').trim();
  return { index: best.index, note };
};
