import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { minTerminal } from '../frame-layout.js';
import { wrapLines } from '../wrap-lines.js';

const tooSmallText = (columns: number, rows: number): string =>
  `The terminal is ${columns}x${rows}; report-wizard needs at least ${minTerminal.columns}x${minTerminal.rows}. Make the window larger: your answers are kept. Ctrl+C quits.`;

/**
 * The wizard's frame in a `columns`x`rows` terminal; in one smaller than its screens need, a sentence saying so instead
 * of frames drawn over each other. The frame is hidden then, not unmounted: the screens keep their state (the
 * editor's cursor and undo history) for when the window grows.
 */
export const FrameBox = ({
  columns,
  rows,
  children,
}: {
  columns: number;
  rows: number;
  children: ReactNode;
}) => {
  const tooSmall = columns < minTerminal.columns || rows < minTerminal.rows;
  return (
    <>
      {tooSmall && (
        <Text>
          {wrapLines([tooSmallText(columns, rows)], Math.max(1, columns))
            .map((row) => row.text.trim())
            .join('\n')}
        </Text>
      )}
      <Box flexDirection="column" width={columns} display={tooSmall ? 'none' : 'flex'}>
        {children}
      </Box>
    </>
  );
};
