import type { LineSegment } from './wrap-line.js';

/**
 * The index of the visual row of a wrapped line that shows offset `col`; an offset equal to a row's `end`
 * belongs to the next row, where it is that row's start, except on the line's last row.
 */
export const segmentAt = (segments: readonly LineSegment[], col: number): number => {
  const index = segments.findIndex((segment) => col < segment.end);
  return index === -1 ? segments.length - 1 : index;
};
