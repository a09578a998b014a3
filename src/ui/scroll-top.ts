/**
 * The first visual row to show in a window of `height` rows so that the cursor's row is visible, moving
 * the window as little as possible from `previousTop` and never past the last row.
 */
export const scrollTop = (
  previousTop: number,
  cursorRow: number,
  height: number,
  rowCount: number,
): number => {
  const rows = Math.max(1, height);
  let top = Math.min(previousTop, Math.max(0, rowCount - rows));
  if (cursorRow < top) top = cursorRow;
  if (cursorRow >= top + rows) top = cursorRow - rows + 1;
  return Math.max(0, top);
};
