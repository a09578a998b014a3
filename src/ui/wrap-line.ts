import { codePointWidth } from './code-point-width.js';

/** One visual row of a logical line: code point columns `[start, end)`. */
export interface LineSegment {
  start: number;
  end: number;
}

const isSpace = (codePoint: string): boolean => codePoint === ' ' || codePoint === '\t';

/**
 * Soft-wraps one logical line into rows of at most `width` cells, breaking after spaces when it can and
 * inside a word only when the word alone is wider than a row. Spaces never start a row: they hang at the
 * end of the row they follow, so a row can be wider than `width` by its trailing spaces.
 */
export const wrapLine = (line: string, width: number): LineSegment[] => {
  const codePoints = Array.from(line);
  const length = codePoints.length;
  if (!Number.isFinite(width) || length === 0) return [{ start: 0, end: length }];
  const limit = Math.max(1, Math.floor(width));
  const segments: LineSegment[] = [];
  let start = 0;
  let cells = 0;
  // Column just after the last space of the current row: the preferred place to break.
  let breakAt = -1;
  let index = 0;
  while (index < length) {
    const codePoint = codePoints[index] ?? '';
    const cellWidth = codePointWidth(codePoint);
    if (isSpace(codePoint)) {
      cells += cellWidth;
      index++;
      breakAt = index;
      continue;
    }
    if (cells + cellWidth > limit && index > start) {
      const end = breakAt > start ? breakAt : index;
      segments.push({ start, end });
      start = end;
      cells = 0;
      for (let column = start; column < index; column++) cells += codePointWidth(codePoints[column] ?? '');
      breakAt = -1;
      continue;
    }
    cells += cellWidth;
    index++;
  }
  segments.push({ start, end: length });
  return segments;
};
