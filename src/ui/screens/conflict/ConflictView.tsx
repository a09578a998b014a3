import { Box, Text } from 'ink';
import { visibleText } from '../../../report/visible-text.js';
import { sliceCells } from '../../slice-cells.js';
import { textWidth } from '../../text-width.js';
import type { Conflict } from '../../wizard-reducer.js';
import { versionColumns } from './version-columns.js';

const excerpt = (text: string, width: number, lines: number): string[] => {
  const rows = (text === '' ? '(empty)' : visibleText(text))
    .split('\n')
    .map((l) => (textWidth(l) > width ? `${sliceCells(l, width - 1)}…` : l));
  return rows.length > lines
    ? [...rows.slice(0, lines - 1), `… ${rows.length - lines + 1} more lines`]
    : rows;
};

/** A draft whose question changed in the file since the draft began: both texts, side by side where wide enough. */
export const ConflictView = ({
  conflict,
  width,
  height,
}: {
  conflict: Conflict;
  width: number;
  height: number;
}) => {
  const lines = Math.max(1, Math.floor((height - 3) / 2));
  const columns = versionColumns(conflict.file, conflict.text, width, height - 1);
  if (columns !== null)
    return (
      <Box flexDirection="column">
        <Text wrap="truncate">
          Question {conflict.question} changed in the file since your unsaved draft began.
        </Text>
        {columns.map((line, i) => (
          <Text key={i} bold={i === 0}>
            {line}
          </Text>
        ))}
      </Box>
    );
  return (
    <Box flexDirection="column">
      <Text wrap="truncate">
        Question {conflict.question} changed in the file since your unsaved draft began.
      </Text>
      <Text bold>In the file:</Text>
      {excerpt(conflict.file, width, lines).map((line, i) => (
        <Text key={`f${i}`}>{line}</Text>
      ))}
      <Text bold>Your draft:</Text>
      {excerpt(conflict.text, width, lines).map((line, i) => (
        <Text key={`d${i}`}>{line}</Text>
      ))}
    </Box>
  );
};
