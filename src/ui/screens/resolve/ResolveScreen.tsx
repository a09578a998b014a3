import { Box, Text } from 'ink';
import type { ResolveList } from './resolve-conflicts.js';
import { resolveLines } from './resolve-lines.js';

/** Props of `ResolveScreen`: the conflicts left in the report and the selected one. */
export interface ResolveScreenProps {
  list: ResolveList;
  selected: number;
  from: 'index' | 'markers';
  /** The `git add` command offered once none remain. */
  command: string;
  width: number;
  height: number;
}

/** The report's merge conflicts, one selected with its sides and report.py's count of each were it taken. */
export const ResolveScreen = ({ list, selected, from, command, width, height }: ResolveScreenProps) => (
  <Box flexDirection="column">
    {resolveLines(list, selected, from, command, width, height).map((line, i) => (
      <Text key={i} wrap="truncate" bold={i === 0}>
        {line === '' ? ' ' : line}
      </Text>
    ))}
  </Box>
);
