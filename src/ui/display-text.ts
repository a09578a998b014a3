import { displayCluster } from './display-cluster.js';
import { lineClusters } from './line-clusters.js';

// A regional indicator (half of a flag), and one alone.
const startsWithIndicator = /^\uD83C[\uDDE6-\uDDFF]/;
const oneIndicator = /^\uD83C[\uDDE6-\uDDFF]$/;

/**
 * A text without line breaks as the editor sends it to the terminal: each cluster in its drawn form, and
 * clusters measured at zero cells (soft hyphen, zero-width space, a mark with nothing to sit on) left out,
 * so a terminal that would give them a cell of their own cannot push the row past its width. Where a lone regional
 * indicator would then touch another (a soft hyphen or a joiner between them left out), which would pair them into
 * one flag of another width, a zero-width space (no cell in terminals or string-width) keeps them apart.
 */
export const displayText = (text: string): string => {
  let shown = '';
  let lastLone = false;
  for (const cluster of lineClusters(text)) {
    if (cluster.width === 0) continue;
    const drawn = displayCluster(text.slice(cluster.start, cluster.end));
    if (lastLone && startsWithIndicator.test(drawn)) shown += '\u200B';
    shown += drawn;
    lastLone = oneIndicator.test(drawn);
  }
  return shown;
};
