import type { SelectionMove } from './move-selection.js';

/**
 * The first row shown after `move` in a view of `total` rows showing `rows` at a time, scrolled to `top`: a page is
 * the rows shown less one (a row stays in sight), and the view never scrolls past its last row (a resize may have left
 * `top` there).
 */
export const scrollMove = (move: SelectionMove, top: number, rows: number, total: number): number => {
  const last = Math.max(0, total - rows);
  const from = Math.min(top, last);
  const page = Math.max(1, rows - 1);
  const to = {
    up: from - 1,
    down: from + 1,
    pageUp: from - page,
    pageDown: from + page,
    first: 0,
    last,
  }[move];
  return Math.max(0, Math.min(last, to));
};
