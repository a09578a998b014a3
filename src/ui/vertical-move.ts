import { lineClusters } from './line-clusters.js';
import { segmentAt } from './segment-at.js';
import { textWidth } from './text-width.js';
import { wrapLine, type LineSegment } from './wrap-line.js';

/** A cursor position: logical line and UTF-16 offset on a grapheme cluster boundary. */
interface Position {
  row: number;
  col: number;
}

// The first cluster boundary in `segment` whose cell offset is closest to `cells` without passing it (so it
// stops before zero-width clusters there); a row that is not its line's last cannot hold the cursor at
// `end`, which is the next row's start.
const columnAtCell = (line: string, segment: LineSegment, isLast: boolean, cells: number): number => {
  const inRow = lineClusters(line).filter(
    (cluster) => cluster.start >= segment.start && cluster.start < segment.end,
  );
  const last = isLast ? segment.end : (inRow.at(-1)?.start ?? segment.start);
  let column = segment.start;
  let used = 0;
  for (const cluster of inRow) {
    if (column >= last || used >= cells) break;
    const next = used + cluster.width;
    if (next > cells) break;
    used = next;
    column = cluster.end;
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
  const line = lines[cursor.row] ?? '';
  const segments = wrapLine(line, width);
  const index = segmentAt(segments, cursor.col);
  const segment = segments[index] ?? { start: 0, end: 0 };
  const cells = preferredCol ?? textWidth(line.slice(segment.start, cursor.col));
  let targetRow = cursor.row;
  let targetIndex = dir === 'up' ? index - 1 : index + 1;
  let targetSegments = segments;
  if (targetIndex < 0 || targetIndex >= segments.length) {
    targetRow = dir === 'up' ? cursor.row - 1 : cursor.row + 1;
    if (targetRow < 0) return { cursor: { row: 0, col: 0 }, preferredCol: null };
    if (targetRow >= lines.length)
      return { cursor: { row: cursor.row, col: line.length }, preferredCol: null };
    targetSegments = wrapLine(lines[targetRow] ?? '', width);
    targetIndex = dir === 'up' ? targetSegments.length - 1 : 0;
  }
  const target = targetSegments[targetIndex] ?? { start: 0, end: 0 };
  const isLast = targetIndex === targetSegments.length - 1;
  return {
    cursor: { row: targetRow, col: columnAtCell(lines[targetRow] ?? '', target, isLast, cells) },
    preferredCol: cells,
  };
};
