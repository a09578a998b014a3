import { wrapLines } from './wrap-lines.js';

/** The smallest terminal the wizard draws its screens in; below it, it says so instead (`FrameBox`). */
export const minTerminal = { columns: 40, rows: 10 };
/** Rows of the body every screen needs: the question screen's title, length line, one editor row, count bar. */
const minBody = 7;

/**
 * Rows of the notice and the body: header, notice and footer around the body, and one row spare (Ink redraws in
 * place only while the frame is shorter than the screen). The notice is wrapped: the body gives up rows for it, up
 * to a quarter of them and never below what the question screen needs (a longer notice ends with `…`, see
 * `noticeLines`). `ownFooter`: the screen draws its key line.
 */
export const frameLayout = (
  columns: number,
  rows: number,
  notice: string,
  ownFooter: boolean,
): { noticeRows: number; bodyHeight: number } => {
  const around = ownFooter ? 3 : 4;
  const noticeRows = Math.max(
    1,
    Math.min(
      Math.floor(rows / 4),
      rows - around - minBody + 1,
      wrapLines([notice], Math.max(1, columns)).length,
    ),
  );
  return {
    noticeRows,
    bodyHeight: Math.max(3, rows - around - (noticeRows - 1)),
  };
};
