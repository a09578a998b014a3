import { clusterBoundary } from './cluster-boundary.js';
import { segmentAt } from './segment-at.js';
import { wrapLine } from './wrap-line.js';

/**
 * Where Home / End lead on a line soft-wrapped to `width`: to the start / end of the visual row, and from
 * there, on a second press, to the start / end of the logical line. A row that is not its line's last ends
 * on its last cluster (its `end` is the next row's start).
 */
export const lineEdgeMove = (line: string, col: number, width: number, dir: 'home' | 'end'): number => {
  const segments = wrapLine(line, width);
  const index = segmentAt(segments, col);
  const segment = segments[index] ?? { start: 0, end: line.length };
  if (dir === 'home') return col !== segment.start ? segment.start : 0;
  const rowEnd = index === segments.length - 1 ? line.length : clusterBoundary(line, segment.end, 'previous');
  return col !== rowEnd ? rowEnd : line.length;
};
