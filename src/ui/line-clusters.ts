import { clusterWidth } from './cluster-width.js';
import { graphemeSegmenter } from './grapheme-segmenter.js';

/** One grapheme cluster of a line: UTF-16 offsets `[start, end)` and the cells it takes. */
export interface LineCluster {
  start: number;
  end: number;
  width: number;
}

// Characters that UAX #29 never joins to a neighbour of the same kind (Grapheme_Cluster_Break Other, or a
// Hangul syllable between non-jamo): printable ASCII and tab, Latin-1 to IPA and spacing modifiers (æ ø å é,
// not the soft hyphen), CJK ideographs and Hangul syllables. Two of them side by side are two clusters.
const isPlain = (code: number): boolean =>
  (code >= 0x20 && code <= 0x7e) ||
  code === 0x09 ||
  (code >= 0xa0 && code <= 0x2ff && code !== 0xad) ||
  (code >= 0x4e00 && code <= 0x9fff) ||
  (code >= 0xac00 && code <= 0xd7a3);
// Widths of the clusters seen so far: a text repeats the same few (æ, é, 中) over and over.
const widths = new Map<string, number>();

const measure = (cluster: string): number => {
  let width = widths.get(cluster);
  if (width === undefined) {
    if (widths.size >= 10_000) widths.clear();
    width = clusterWidth(cluster);
    widths.set(cluster, width);
  }
  return width;
};

// Each keystroke asks for the clusters of the same few lines several times (wrap, cursor, drawing):
// remembered by the line's text, and forgotten all at once past a total size (each keystroke in a long
// paragraph makes a new line, so a count of entries alone would let megabytes pile up).
const cache = new Map<string, readonly LineCluster[]>();
const cacheLimit = 100_000;
let cached = 0;

/**
 * The grapheme clusters (Intl.Segmenter) of a line without line breaks, with their widths. Only the
 * stretches between two pairs of plain characters (see isPlain) go through the segmenter, which is slow.
 */
export const lineClusters = (line: string): readonly LineCluster[] => {
  const known = cache.get(line);
  if (known !== undefined) return known;
  const clusters: LineCluster[] = [];
  let index = 0;
  while (index < line.length) {
    const next = index + 1;
    if (isPlain(line.charCodeAt(index)) && (next === line.length || isPlain(line.charCodeAt(next)))) {
      const code = line.charCodeAt(index);
      clusters.push({ start: index, end: next, width: code < 0x7f ? 1 : measure(line[index] ?? '') });
      index = next;
      continue;
    }
    // A stretch from here to the next pair of plain characters (or the line's end): boundaries on both sides.
    let end = next;
    while (end < line.length && !(isPlain(line.charCodeAt(end - 1)) && isPlain(line.charCodeAt(end)))) end++;
    for (const { segment, index: offset } of graphemeSegmenter.segment(line.slice(index, end))) {
      clusters.push({ start: index + offset, end: index + offset + segment.length, width: measure(segment) });
    }
    index = end;
  }
  if (cached + line.length > cacheLimit) {
    cache.clear();
    cached = 0;
  }
  cache.set(line, clusters);
  cached += line.length;
  return clusters;
};
