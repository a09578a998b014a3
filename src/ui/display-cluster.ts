import { visibleText } from '../report/visible-text.js';

/**
 * How the editor draws one grapheme cluster of the buffer: a tab as one space, control characters as
 * `visibleText` shows them (the buffer keeps the report's bytes; the terminal never receives them).
 */
export const displayCluster = (cluster: string): string => (cluster === '\t' ? ' ' : visibleText(cluster));
