import stringWidth from 'string-width';
import { displayCluster } from './display-cluster.js';

/**
 * Terminal cells one grapheme cluster takes as the editor draws it: string-width's measure, the one Ink lays
 * out with, of the cluster's drawn form (so a tab, which string-width counts as 0, is the 1 cell it is drawn as).
 */
export const clusterWidth = (cluster: string): number => stringWidth(displayCluster(cluster));
