import { Box, Text } from 'ink';
import type { Lint } from '../../report/lints/lint.js';
import { visibleText } from '../../report/visible-text.js';
import { gitHeader } from '../git-header.js';

/** The top row: the report and its summary, git's warnings kept whole at the right (the summary gives way). */
export const Header = ({
  summary,
  git,
  width,
  color,
}: {
  summary: string;
  git: Lint[];
  width: number;
  color: boolean;
}) => (
  <Box width={width}>
    <Box flexShrink={1}>
      <Text bold wrap="truncate">
        {visibleText(summary)}
      </Text>
    </Box>
    {gitHeader(git) !== '' && (
      <Box flexShrink={0}>
        <Text bold color={color ? 'yellow' : undefined}>
          {visibleText(gitHeader(git))}
        </Text>
      </Box>
    )}
  </Box>
);
