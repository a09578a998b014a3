import { Box, Text } from 'ink';
import { helpEntries } from '../keys/help-entries.js';
import type { KeyBinding } from '../keys/key-binding.js';

/** Every key of the current screen with what it does, from the screen's key tables. */
export const HelpOverlay = ({
  tables,
  height,
}: {
  tables: readonly (readonly KeyBinding<unknown>[])[];
  height: number;
}) => {
  const entries = tables.flatMap((table) => helpEntries(table));
  const width = Math.max(...entries.map((e) => e.label.length));
  // Two columns when one does not fit.
  const perColumn = Math.max(1, height - 1);
  const columns = Math.ceil(entries.length / perColumn);
  return (
    <Box flexDirection="column">
      <Text bold>Keys on this screen · any key closes this help</Text>
      <Box flexDirection="row">
        {Array.from({ length: columns }, (_, c) => (
          <Box key={c} flexDirection="column" marginRight={2}>
            {entries.slice(c * perColumn, (c + 1) * perColumn).map((entry) => (
              <Text key={entry.label} wrap="truncate">
                {entry.label.padEnd(width)} {entry.help}
              </Text>
            ))}
          </Box>
        ))}
      </Box>
    </Box>
  );
};
