/** A cursor position: logical line and code point column. */
interface Position {
  row: number;
  col: number;
}

const wordCharacter = /^[\p{L}\p{N}\p{M}_]$/u;
const isWordCharacter = (codePoint: string | undefined): boolean =>
  codePoint !== undefined && wordCharacter.test(codePoint);

/**
 * Where Ctrl+Left / Ctrl+Right lead: to the start of the previous word or the end of the next one,
 * crossing to the neighbouring line at a line's edge.
 */
export const wordMove = (
  lines: readonly string[],
  cursor: Position,
  dir: 'wordLeft' | 'wordRight',
): Position => {
  const codePoints = Array.from(lines[cursor.row] ?? '');
  let col = cursor.col;
  if (dir === 'wordLeft') {
    if (col === 0) {
      return cursor.row === 0
        ? cursor
        : { row: cursor.row - 1, col: Array.from(lines[cursor.row - 1] ?? '').length };
    }
    while (col > 0 && !isWordCharacter(codePoints[col - 1])) col--;
    while (col > 0 && isWordCharacter(codePoints[col - 1])) col--;
    return { row: cursor.row, col };
  }
  if (col >= codePoints.length) {
    return cursor.row >= lines.length - 1 ? cursor : { row: cursor.row + 1, col: 0 };
  }
  while (col < codePoints.length && !isWordCharacter(codePoints[col])) col++;
  while (col < codePoints.length && isWordCharacter(codePoints[col])) col++;
  return { row: cursor.row, col };
};
