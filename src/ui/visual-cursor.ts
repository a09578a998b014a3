import { codePointWidth } from './code-point-width.js';
import type { VisualRow } from './wrap-lines.js';

/** Where the cursor (logical `row`, code point `col`) sits among visual rows: row index and cell column. */
export const visualCursor = (
  rows: readonly VisualRow[],
  cursor: { row: number; col: number },
): { row: number; col: number } => {
  let found = -1;
  for (let index = 0; index < rows.length; index++) {
    const visual = rows[index];
    if (visual === undefined || visual.line !== cursor.row) continue;
    found = index;
    // A column equal to `end` belongs to the next row of the same line, where it is that row's start.
    if (cursor.col < visual.end) break;
  }
  const visual = rows[found];
  if (visual === undefined) return { row: 0, col: 0 };
  let cells = 0;
  const codePoints = Array.from(visual.text);
  for (let column = visual.start; column < cursor.col && column < visual.end; column++) {
    cells += codePointWidth(codePoints[column - visual.start] ?? '');
  }
  return { row: found, col: cells };
};
