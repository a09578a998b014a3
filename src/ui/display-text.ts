import { displayCluster } from './display-cluster.js';
import { lineClusters } from './line-clusters.js';

/**
 * A text without line breaks as the editor sends it to the terminal: each cluster in its drawn form, and
 * clusters measured at zero cells (soft hyphen, zero-width space, a mark with nothing to sit on) left out,
 * so a terminal that would give them a cell of their own cannot push the row past its width.
 */
export const displayText = (text: string): string => {
  let shown = '';
  for (const cluster of lineClusters(text)) {
    if (cluster.width > 0) shown += displayCluster(text.slice(cluster.start, cluster.end));
  }
  return shown;
};
