import { Box, Text } from 'ink';
import type { Lint } from '../../report/lints/lint.js';
import { visibleText } from '../../report/visible-text.js';
import { fitHeader } from '../fit-header.js';
import { gitHeader } from '../git-header.js';

/**
 * The top row: the report's counts, its path, git's warnings and the hand-in badge, always on one row (see
 * `fitHeader`: the counts stay whole, the rest gives way with `…`).
 */
export const Header = ({
  path,
  counts,
  git,
  badge = '',
  width,
  color,
}: {
  path: string;
  /** The counts from the longest form to the shortest (`headerCountForms`). */
  counts: readonly string[];
  git: Lint[];
  /** The hand-in badge (`handinBadge`), after git's warnings. */
  badge?: string;
  width: number;
  color: boolean;
}) => {
  const row = fitHeader(
    counts.map((form) => visibleText(form)),
    visibleText(path),
    visibleText(gitHeader(git)),
    visibleText(badge),
    width,
  );
  return (
    <Box width={width}>
      <Text bold wrap="truncate">
        {row.lead}
      </Text>
      {row.warnings !== '' && (
        <Text bold color={color ? 'yellow' : undefined} wrap="truncate">
          {row.warnings}
        </Text>
      )}
    </Box>
  );
};
