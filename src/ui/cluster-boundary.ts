import { lineClusters } from './line-clusters.js';

/**
 * A grapheme cluster boundary of `line` near the UTF-16 offset `col`: the one before it (`previous`) or after
 * it (`next`), or `col` itself when it is a boundary and otherwise the start (`floor`) or end (`ceil`) of the
 * cluster it falls in. The line's start and end are boundaries.
 */
export const clusterBoundary = (
  line: string,
  col: number,
  dir: 'previous' | 'next' | 'floor' | 'ceil',
): number => {
  if (col <= 0) return dir === 'next' && line.length > 0 ? (lineClusters(line)[0]?.end ?? 0) : 0;
  if (col >= line.length) {
    if (dir !== 'previous') return line.length;
    return lineClusters(line).at(-1)?.start ?? 0;
  }
  const clusters = lineClusters(line);
  // The first cluster ending after `col`: the one `col` falls in or starts.
  let low = 0;
  let high = clusters.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((clusters[middle]?.end ?? 0) > col) high = middle;
    else low = middle + 1;
  }
  const cluster = clusters[low] ?? { start: col, end: col };
  const onBoundary = cluster.start === col;
  switch (dir) {
    case 'floor':
      return cluster.start;
    case 'ceil':
      return onBoundary ? col : cluster.end;
    case 'next':
      return cluster.end;
    case 'previous':
      return onBoundary ? (clusters[low - 1]?.start ?? 0) : cluster.start;
  }
};
