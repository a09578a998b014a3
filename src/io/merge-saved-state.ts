import type { SavedDraft, SavedState } from './saved-state.js';

const byQuestion = (drafts: readonly SavedDraft[]): Map<number, SavedDraft> =>
  new Map(drafts.map((draft) => [draft.question, draft]));

const same = (a: SavedDraft | undefined, b: SavedDraft): boolean => a?.text === b.text && a.base === b.base;

/**
 * What one wizard's new state makes of the state on disk: only the drafts it added, changed or removed (written)
 * since `known` (what it last read or wrote) change, so another wizard's drafts survive; the place is last-writer-wins.
 */
export const mergeSavedState = (
  disk: SavedState | null,
  known: SavedState | null,
  next: SavedState,
): SavedState => {
  const before = byQuestion(known?.drafts ?? []);
  const after = byQuestion(next.drafts);
  const merged = byQuestion(disk?.drafts ?? []);
  for (const [question, draft] of after) if (!same(before.get(question), draft)) merged.set(question, draft);
  for (const question of before.keys()) if (!after.has(question)) merged.delete(question);
  return {
    screen: next.screen,
    question: next.question,
    drafts: [...merged.values()].sort((a, b) => a.question - b.question),
  };
};
