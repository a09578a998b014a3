import { codePointWidth } from './code-point-width.js';
import { wrapLine, type LineSegment } from './wrap-line.js';

/** A cursor position: logical line and code point column. */
interface Position {
  row: number;
  col: number;
}

const segmentIndexOf = (segments: readonly LineSegment[], col: number): number => {
  const index = segments.findIndex((segment) => col < segment.end);
  return index === -1 ? segments.length - 1 : index;
};

const cellsBetween = (codePoints: readonly string[], start: number, end: number): number => {
  let cells = 0;
  for (let column = start; column < end; column++) cells += codePointWidth(codePoints[column] ?? '');
  return cells;
};

// The column in `segment` whose cell offset is closest to `cells` without passing it; a row that is not its
// line's last cannot hold the cursor at `end`, which is the next row's start.
const columnAtCell = (
  codePoints: readonly string[],
  segment: LineSegment,
  isLast: boolean,
  cells: number,
): number => {
  const last = isLast ? segment.end : Math.max(segment.start, segment.end - 1);
  let column = segment.start;
  let used = 0;
  while (column < last) {
    const next = used + codePointWidth(codePoints[column] ?? '');
    if (next > cells) break;
    used = next;
    column++;
  }
  return column;
};

/**
 * Up/Down by one visual row of the soft-wrapped text, keeping the preferred cell column; past the first
 * row the cursor goes to the start of the text, past the last to its end.
 */
export const verticalMove = (
  lines: readonly string[],
  cursor: Position,
  preferredCol: number | null,
  dir: 'up' | 'down',
  width: number,
): { cursor: Position; preferredCol: number | null } => {
  const codePoints = Array.from(lines[cursor.row] ?? '');
  const segments = wrapLine(lines[cursor.row] ?? '', width);
  const index = segmentIndexOf(segments, cursor.col);
  const segment = segments[index] ?? { start: 0, end: 0 };
  const cells = preferredCol ?? cellsBetween(codePoints, segment.start, cursor.col);
  let targetRow = cursor.row;
  let targetIndex = dir === 'up' ? index - 1 : index + 1;
  let targetSegments = segments;
  let targetCodePoints = codePoints;
  if (targetIndex < 0 || targetIndex >= segments.length) {
    targetRow = dir === 'up' ? cursor.row - 1 : cursor.row + 1;
    if (targetRow < 0) return { cursor: { row: 0, col: 0 }, preferredCol: null };
    if (targetRow >= lines.length)
      return { cursor: { row: cursor.row, col: codePoints.length }, preferredCol: null };
    targetCodePoints = Array.from(lines[targetRow] ?? '');
    targetSegments = wrapLine(lines[targetRow] ?? '', width);
    targetIndex = dir === 'up' ? targetSegments.length - 1 : 0;
  }
  const target = targetSegments[targetIndex] ?? { start: 0, end: 0 };
  const isLast = targetIndex === targetSegments.length - 1;
  return {
    cursor: { row: targetRow, col: columnAtCell(targetCodePoints, target, isLast, cells) },
    preferredCol: cells,
  };
};
