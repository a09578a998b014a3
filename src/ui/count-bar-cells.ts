/**
 * Filled cells of a `cells`-wide bar for `count` words against a range: the bar is full at the range's
 * maximum and never fills before it (rounded down), so a full bar means "at the limit or over".
 */
export const countBarCells = (count: number, [, max]: [number, number], cells: number): number => {
  if (cells <= 0) return 0;
  if (max <= 0) return count > 0 ? cells : 0;
  return Math.max(0, Math.min(cells, Math.floor((count * cells) / max)));
};
