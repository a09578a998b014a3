/** A key that moves a list's selection. */
export type SelectionMove = 'up' | 'down' | 'pageUp' | 'pageDown' | 'first' | 'last';

/** The index a selection at `at` moves to in a list of `length` rows, `page` rows a page, kept inside the list. */
export const moveSelection = (move: SelectionMove, at: number, length: number, page: number): number => {
  const target = {
    up: at - 1,
    down: at + 1,
    pageUp: at - page,
    pageDown: at + page,
    first: 0,
    last: length - 1,
  }[move];
  return Math.max(0, Math.min(length - 1, target));
};
