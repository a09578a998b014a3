import { Text } from 'ink';
import { memo } from 'react';
import { displayText } from '../display-text.js';
import { sliceCells } from '../slice-cells.js';

/** Props of `PlainRow`. */
export interface PlainRowProps {
  /** The row's text as the buffer holds it. */
  text: string;
  /** Cells the row may take: whatever hangs past them (trailing spaces, a too-wide cluster) is cut. */
  width: number;
}

/** One visual row of the answer editor without the cursor; an empty row keeps its height with a space. */
export const PlainRow = memo(function PlainRow({ text, width }: PlainRowProps) {
  const shown = displayText(sliceCells(text, width));
  return <Text>{shown === '' ? ' ' : shown}</Text>;
});
