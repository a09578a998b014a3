import type { ChecklistItem } from '../report/model.js';

/**
 * The item the checklist acts on: the selected one while it is shown, else the next shown one (or the last): an
 * item ticked out of a filter hands the selection on to the one below it. Null when nothing is shown.
 */
export const checklistSelection = (shown: readonly ChecklistItem[], selected: number): number | null =>
  (shown.find((i) => i.index >= selected) ?? shown.at(-1))?.index ?? null;
