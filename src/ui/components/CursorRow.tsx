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
}

/**
 * The visual row holding the cursor: the cluster under it in reverse video (a space at the row's end), the
 * whole row within `width` cells. When the cursor is past the right edge (on spaces that hang there) or its
 * cluster would not fit, it is drawn on a space in the last cell.
 */
export const CursorRow = ({ row, col, width }: CursorRowProps) => {
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
  // Reverse video, with colours and under NO_COLOR alike: NO_COLOR (no-color.org) asks programs not to add
  // ANSI colour, and SGR 7 adds none: it swaps the terminal's own foreground and background, so the character
  // under the cursor stays readable and no text moves (a block hid it: h█re). Ink's chalk does not read
  // NO_COLOR, so the style is drawn wherever the terminal shows styles.
  return (
    <Text>
      {displayText(before)}
      <Text inverse>{under}</Text>
      {displayText(sliceCells(after, rest))}
    </Text>
  );
};
