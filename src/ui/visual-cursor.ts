import { textWidth } from './text-width.js';
import type { VisualRow } from './wrap-lines.js';

/** Where the cursor (logical `row`, UTF-16 offset `col`) sits among visual rows: row index and cell column. */
export const visualCursor = (
  rows: readonly VisualRow[],
  cursor: { row: number; col: number },
): { row: number; col: number } => {
  let found = -1;
  for (let index = 0; index < rows.length; index++) {
    const visual = rows[index];
    if (visual === undefined || visual.line !== cursor.row) continue;
    found = index;
    // An offset equal to `end` belongs to the next row of the same line, where it is that row's start.
    if (cursor.col < visual.end) break;
  }
  const visual = rows[found];
  if (visual === undefined) return { row: 0, col: 0 };
  const offset = Math.max(0, Math.min(cursor.col, visual.end) - visual.start);
  return { row: found, col: textWidth(visual.text.slice(0, offset)) };
};
