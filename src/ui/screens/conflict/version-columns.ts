import { visibleText } from '../../../report/visible-text.js';
import { sliceCells } from '../../slice-cells.js';
import { textWidth } from '../../text-width.js';
import { wrapLines } from '../../wrap-lines.js';

/** The narrowest column in which an answer reads well beside another; below it the two are shown one above the other. */
export const minColumn = 50;

/** `text` wrapped to `width` cells in at most `rows` rows, the last saying how many were left out. */
const column = (text: string, width: number, rows: number): string[] => {
  const wrapped = wrapLines((text === '' ? '(empty)' : visibleText(text)).split('\n'), width).map((row) =>
    row.text.trimEnd(),
  );
  if (wrapped.length <= rows) return wrapped;
  return [...wrapped.slice(0, rows - 1), sliceCells(`… ${wrapped.length - rows + 1} more rows`, width)];
};

const pad = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - textWidth(text)));

/**
 * The file's answer and the draft side by side in `width` cells and `rows` rows (titles included), separated by
 * ` │ `; null when the width leaves less than `minColumn` cells for each.
 */
export const versionColumns = (file: string, draft: string, width: number, rows: number): string[] | null => {
  const each = Math.floor((width - 3) / 2);
  if (each < minColumn) return null;
  const room = Math.max(1, rows - 1);
  const left = ['In the file:', ...column(file, each, room)];
  const right = ['Your draft:', ...column(draft, each, room)];
  return Array.from({ length: Math.max(left.length, right.length) }, (_, i) =>
    `${pad(left[i] ?? '', each)} │ ${right[i] ?? ''}`.trimEnd(),
  );
};
