import { lineClusters, type LineCluster } from './line-clusters.js';

/** One visual row of a logical line: UTF-16 offsets `[start, end)`, both grapheme cluster boundaries. */
export interface LineSegment {
  start: number;
  end: number;
}

const isSpace = (line: string, cluster: LineCluster): boolean =>
  cluster.end - cluster.start === 1 && (line[cluster.start] === ' ' || line[cluster.start] === '\t');

/**
 * Soft-wraps one logical line into rows of at most `width` cells (string-width's cells, per grapheme cluster),
 * breaking after spaces when it can and between clusters of a word only when the word alone is wider than a
 * row. Spaces never start a row: they hang at the end of the row they follow, so a row can be wider than
 * `width` by its trailing spaces; a cluster wider than `width` gets a row of its own.
 */
export const wrapLine = (line: string, width: number): LineSegment[] => {
  if (!Number.isFinite(width) || line.length === 0) return [{ start: 0, end: line.length }];
  const clusters = lineClusters(line);
  const offset = (index: number): number => clusters[index]?.start ?? line.length;
  const limit = Math.max(1, Math.floor(width));
  const segments: LineSegment[] = [];
  // Cluster indexes: the current row's first cluster, and the one just after its last space (the preferred
  // place to break).
  let start = 0;
  let breakAt = -1;
  let cells = 0;
  let index = 0;
  while (index < clusters.length) {
    const cluster = clusters[index] ?? { start: 0, end: 0, width: 0 };
    if (isSpace(line, cluster)) {
      cells += cluster.width;
      index++;
      breakAt = index;
      continue;
    }
    if (cells + cluster.width > limit && index > start) {
      const end = breakAt > start ? breakAt : index;
      segments.push({ start: offset(start), end: offset(end) });
      start = end;
      cells = 0;
      for (let carried = start; carried < index; carried++) cells += clusters[carried]?.width ?? 0;
      breakAt = -1;
      continue;
    }
    cells += cluster.width;
    index++;
  }
  segments.push({ start: offset(start), end: line.length });
  return segments;
};
