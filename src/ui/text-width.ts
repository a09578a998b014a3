import { lineClusters } from './line-clusters.js';

/** Terminal cells a text without line breaks takes as the editor draws it: its clusters' widths added up. */
export const textWidth = (text: string): number => {
  let cells = 0;
  for (const cluster of lineClusters(text)) cells += cluster.width;
  return cells;
};
