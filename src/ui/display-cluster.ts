import { visibleText } from '../report/visible-text.js';

// What makes an emoji sequence: zero width joiners, variation selectors (text or emoji presentation), skin tone
// modifiers, the keycap mark and tag characters (subdivision flags).
const joinery = /\u200D|\uFE0E|\uFE0F|\u20E3|\uD83C[\uDFFB-\uDFFF]|\uDB40[\uDC20-\uDC7F]/;
const joiners = /\u200D|\uFE0E|\uFE0F|\u20E3|\uDB40[\uDC20-\uDC7F]/g;
// A skin tone after something it modifies (alone, it is an emoji of its own).
const modifiers = /(?<=[^])\uD83C[\uDFFB-\uDFFF]/g;

/**
 * How the editor draws one grapheme cluster of the buffer: a tab as one space, control characters as
 * `visibleText` shows them (the buffer keeps the report's bytes; the terminal never receives them), and an emoji
 * sequence as its parts. Terminals disagree on the cells a sequence takes: tmux 3.3, xterm and VTE add up its
 * code points (👍🏽 four cells, ❤️ one), others draw one wide emoji (two cells), so a row holding 👍🏽 pushed the
 * editor's border a line down. Without the joinery (👍, ❤, 👩💻, the flag's black flag) every terminal and
 * string-width count the same cells.
 */
export const displayCluster = (cluster: string): string => {
  if (cluster === '\t') return ' ';
  if (cluster.length > 1 && joinery.test(cluster))
    return visibleText(cluster.replace(modifiers, '').replace(joiners, ''));
  return visibleText(cluster);
};
