import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { minTerminal } from '../frame-layout.js';
import { terminalTooSmall } from '../terminal-too-small.js';
import { wrapLines } from '../wrap-lines.js';

const tooSmallText = (columns: number, rows: number): string =>
  `The terminal is ${columns}x${rows}; report-wizard needs at least ${minTerminal.columns}x${minTerminal.rows}. Make the window larger: your answers are kept.`;

/**
 * The wizard's frame in a `columns`x`rows` terminal; in one smaller than its screens need, a sentence saying so instead
 * of frames drawn over each other, or the `question` the hidden screen asks (the quit prompt's, whose keys still act).
 * The frame is hidden then, not unmounted: the screens keep what they hold for when the window grows.
 */
export const FrameBox = ({
  columns,
  rows,
  question = null,
  children,
}: {
  columns: number;
  rows: number;
  question?: string | null;
  children: ReactNode;
}) => {
  const tooSmall = terminalTooSmall(columns, rows);
  return (
    <>
      {tooSmall && (
        <Text>
          {wrapLines([question ?? tooSmallText(columns, rows)], Math.max(1, columns))
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
