import { Box, Text } from 'ink';
import type { Lint } from '../../report/lints/lint.js';
import { visibleText } from '../../report/visible-text.js';
import { gitHeader } from '../git-header.js';
import { sliceCells } from '../slice-cells.js';
import { fitHeaderPath } from '../fit-header-path.js';
import { textWidth } from '../text-width.js';

/**
 * The top row: the report's path and its counts, git's warnings kept whole at the right; where the row is short the
 * path gives way first, then the end of the counts.
 */
export const Header = ({
  path,
  summary,
  git,
  badge = '',
  width,
  color,
}: {
  path: string;
  summary: string;
  git: Lint[];
  /** The hand-in badge (`handinBadge`), after git's warnings. */
  badge?: string;
  width: number;
  color: boolean;
}) => (
  <Box width={width}>
    <Box flexShrink={1}>
      <Text bold wrap="truncate">
        {fitHeaderPath(
          visibleText(path),
          visibleText(summary),
          width - textWidth(visibleText(gitHeader(git) + badge)),
        )}
      </Text>
    </Box>
    {gitHeader(git) + badge !== '' && (
      <Box flexShrink={0}>
        <Text bold color={color ? 'yellow' : undefined}>
          {/* Kept to the row: a narrow terminal cuts the warnings rather than wrap the header. */}
          {sliceCells(visibleText(gitHeader(git) + badge), Math.max(0, width - 4))}
        </Text>
      </Box>
    )}
  </Box>
);
