import { Box, Text } from 'ink';
import { helpLayout } from '../help-layout.js';
import { helpEntries } from '../keys/help-entries.js';
import type { KeyBinding } from '../keys/key-binding.js';

/** Props of `HelpOverlay`: the screen's key tables and the space it may use. */
export interface HelpOverlayProps {
  tables: readonly (readonly KeyBinding<unknown>[])[];
  width: number;
  height: number;
}

/** Every key of the current screen with what it does, from the screen's key tables, wrapped over the rows it has. */
export const HelpOverlay = ({ tables, width, height }: HelpOverlayProps) => {
  const layout = helpLayout(
    tables.flatMap((table) => helpEntries(table)),
    width,
    height,
  );
  return (
    <Box flexDirection="column">
      <Text bold wrap="truncate">
        {layout.title}
      </Text>
      <Box flexDirection="row">
        {layout.columns.map((rows, c) => (
          <Box
            key={c}
            flexDirection="column"
            width={layout.columnWidth}
            marginRight={c < layout.columns.length - 1 ? 2 : 0}
          >
            {rows.map((row, r) => (
              <Text key={r} wrap="truncate">
                {row}
              </Text>
            ))}
          </Box>
        ))}
      </Box>
      {layout.left > 0 && (
        <Text dimColor wrap="truncate">
          {`… and ${layout.left} more in a larger window`}
        </Text>
      )}
    </Box>
  );
};
