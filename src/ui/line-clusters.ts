import { clusterWidth } from './cluster-width.js';

/** One grapheme cluster of a line: UTF-16 offsets `[start, end)` and the cells it takes. */
export interface LineCluster {
  start: number;
  end: number;
  width: number;
}

const segmenter = new Intl.Segmenter();
// Printable ASCII and tabs: every code unit is a cluster of its own, one cell wide; no segmenter needed.
const plain = /^[\u0020-\u007E\t]*$/;
// Each keystroke asks for the clusters of the same few lines several times (wrap, cursor, drawing):
// remembered by the line's text, and forgotten all at once when the map gets large.
const cache = new Map<string, readonly LineCluster[]>();
const cacheLimit = 1024;

/** The grapheme clusters (Intl.Segmenter) of a line without line breaks, with their widths. */
export const lineClusters = (line: string): readonly LineCluster[] => {
  const cached = cache.get(line);
  if (cached !== undefined) return cached;
  const clusters: LineCluster[] = [];
  if (plain.test(line)) {
    for (let index = 0; index < line.length; index++)
      clusters.push({ start: index, end: index + 1, width: 1 });
  } else {
    for (const { segment, index } of segmenter.segment(line)) {
      clusters.push({ start: index, end: index + segment.length, width: clusterWidth(segment) });
    }
  }
  if (cache.size >= cacheLimit) cache.clear();
  cache.set(line, clusters);
  return clusters;
};
