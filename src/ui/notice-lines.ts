import { sliceCells } from './slice-cells.js';
import { wrapLines } from './wrap-lines.js';

/**
 * The notice wrapped into `columns`, at most `rows` rows; when it is longer, the last row is filled with what follows
 * and ends with `…` (a small terminal gives the notice fewer rows than it needs, see `frameLayout`).
 */
export const noticeLines = (notice: string, columns: number, rows: number): string[] => {
  const wrapped = wrapLines([notice], Math.max(1, columns));
  if (wrapped.length <= rows) return wrapped.map((row) => row.text.trimEnd());
  const shown = wrapped.slice(0, Math.max(1, rows));
  const last = shown.length - 1;
  const rest = notice.slice(shown[last]?.start ?? 0);
  return [
    ...shown.slice(0, last).map((row) => row.text.trimEnd()),
    `${sliceCells(rest, Math.max(0, columns - 1))}…`,
  ];
};
