import type { SelectionMove } from './move-selection.js';

const moves: readonly string[] = [
  'up',
  'down',
  'pageUp',
  'pageDown',
  'first',
  'last',
] satisfies SelectionMove[];

/** Whether a key's action moves a list's selection (or a scrolled view). */
export const isSelectionMove = (action: string | undefined): action is SelectionMove =>
  action !== undefined && moves.includes(action);
