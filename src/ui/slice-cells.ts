import { lineClusters } from './line-clusters.js';

/** The longest prefix of `text` (whole grapheme clusters) that fits in `cells` terminal cells. */
export const sliceCells = (text: string, cells: number): string => {
  let used = 0;
  let end = 0;
  for (const cluster of lineClusters(text)) {
    used += cluster.width;
    if (used > cells) break;
    end = cluster.end;
  }
  return text.slice(0, end);
};
