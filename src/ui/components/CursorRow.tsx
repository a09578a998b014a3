import { Text } from 'ink';
import { clusterBoundary } from '../cluster-boundary.js';
import { displayText } from '../display-text.js';
import { sliceCells } from '../slice-cells.js';
import { textWidth } from '../text-width.js';
import type { VisualRow } from '../wrap-lines.js';

/** Props of `CursorRow`. */
export interface CursorRowProps {
  row: VisualRow;
  /** The cursor's UTF-16 offset in the row's logical line, between `row.start` and `row.end`. */
  col: number;
  /** Cells the row may take. */
  width: number;
  /** False under NO_COLOR. */
  color: boolean;
}

// NO_COLOR (no-color.org) asks programs not to add ANSI colour. Reverse video (SGR 7) adds none: it swaps
// the terminal's own foreground and background, so the character under the cursor stays readable and the
// text does not move (a block character would hide it, `h█re`). The sequence is written here rather than
// through Ink's <Text inverse>, because chalk decides on styles by its own colour level (0 under
// FORCE_COLOR=0 or TERM=dumb), and the one place the student types must never lose its cursor.
const reverse = (text: string): string => `\u001B[7m${text}\u001B[27m`;

/**
 * The visual row holding the cursor: the cluster under it in reverse video (a space at the row's end), the
 * whole row within `width` cells. When the cursor is past the right edge (on spaces that hang there) or its
 * cluster would not fit, it is drawn on a space in the last cell.
 */
export const CursorRow = ({ row, col, width, color }: CursorRowProps) => {
  const offset = Math.max(0, Math.min(col, row.end) - row.start);
  const underEnd = clusterBoundary(row.text, offset, 'next');
  let before = row.text.slice(0, offset);
  let under = offset < row.text.length ? displayText(row.text.slice(offset, underEnd)) : '';
  let after = row.text.slice(underEnd);
  // A cluster measured at zero cells is not drawn (see displayText): the cursor shows as a space there.
  if (under === '') under = ' ';
  if (textWidth(before) + textWidth(under) > width) {
    before = sliceCells(before, Math.max(0, width - 1));
    under = ' ';
    after = '';
  }
  const rest = Math.max(0, width - textWidth(before) - textWidth(under));
  return (
    <Text>
      {displayText(before)}
      {color ? <Text inverse>{under}</Text> : reverse(under)}
      {displayText(sliceCells(after, rest))}
    </Text>
  );
};
