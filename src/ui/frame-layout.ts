import { wrapLines } from './wrap-lines.js';

/**
 * Rows of the notice and the body: header, notice and footer around the body, and one row spare (Ink redraws in
 * place only while the frame is shorter than the screen). The notice is wrapped, never cut (a fatal error says what
 * to do): the body gives up the extra rows, up to a quarter of them. `ownFooter`: the screen draws its key line.
 */
export const frameLayout = (
  columns: number,
  rows: number,
  notice: string,
  ownFooter: boolean,
): { noticeRows: number; bodyHeight: number } => {
  const noticeRows = Math.min(
    Math.max(1, Math.floor(rows / 4)),
    Math.max(1, wrapLines([notice], Math.max(1, columns)).length),
  );
  return { noticeRows, bodyHeight: Math.max(3, rows - (ownFooter ? 3 : 4) - (noticeRows - 1)) };
};
