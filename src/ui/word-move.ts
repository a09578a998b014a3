import { lineClusters, type LineCluster } from './line-clusters.js';

/** A cursor position: logical line and UTF-16 offset on a grapheme cluster boundary. */
interface Position {
  row: number;
  col: number;
}

// A cluster belongs to a word when its base character is a letter, a digit or an underscore (so é written
// as e + U+0301 is one word character; an emoji is not).
const wordCharacter = /^[\p{L}\p{N}\p{M}_]/u;
const isWord = (line: string, cluster: LineCluster | undefined): boolean =>
  cluster !== undefined && wordCharacter.test(line.slice(cluster.start, cluster.end));

/**
 * Where Ctrl+Left / Ctrl+Right lead, and what the delete-word keys delete up to: the start of the previous
 * word or the end of the next one, by grapheme cluster, crossing to the neighbouring line at a line's edge.
 */
export const wordMove = (
  lines: readonly string[],
  cursor: Position,
  dir: 'wordLeft' | 'wordRight',
): Position => {
  const line = lines[cursor.row] ?? '';
  const clusters = lineClusters(line);
  if (dir === 'wordLeft') {
    if (cursor.col <= 0) {
      return cursor.row === 0 ? cursor : { row: cursor.row - 1, col: (lines[cursor.row - 1] ?? '').length };
    }
    // The index of the first cluster at or after the cursor: the clusters before it are to the left.
    let index = clusters.findIndex((cluster) => cluster.start >= cursor.col);
    if (index === -1) index = clusters.length;
    while (index > 0 && !isWord(line, clusters[index - 1])) index--;
    while (index > 0 && isWord(line, clusters[index - 1])) index--;
    return { row: cursor.row, col: clusters[index]?.start ?? line.length };
  }
  if (cursor.col >= line.length) {
    return cursor.row >= lines.length - 1 ? cursor : { row: cursor.row + 1, col: 0 };
  }
  let index = clusters.findIndex((cluster) => cluster.start >= cursor.col);
  if (index === -1) index = clusters.length;
  while (index < clusters.length && !isWord(line, clusters[index])) index++;
  while (index < clusters.length && isWord(line, clusters[index])) index++;
  return { row: cursor.row, col: clusters[index]?.start ?? line.length };
};
