import { Box, Text } from 'ink';
import { helpEntries } from '../keys/help-entries.js';
import type { KeyBinding } from '../keys/key-binding.js';

/** Props of `HelpOverlay`: the screen's key tables and the space it may use. */
export interface HelpOverlayProps {
  tables: readonly (readonly KeyBinding<unknown>[])[];
  width: number;
  height: number;
}

/** Every key of the current screen with what it does, from the screen's key tables, in as many columns as needed. */
export const HelpOverlay = ({ tables, width, height }: HelpOverlayProps) => {
  const entries = tables.flatMap((table) => helpEntries(table));
  const rows = Math.max(1, height - 1);
  const columns = Math.ceil(entries.length / rows);
  const perColumn = Math.ceil(entries.length / columns);
  const columnWidth = Math.max(10, Math.floor((width - 2 * (columns - 1)) / columns));
  return (
    <Box flexDirection="column">
      <Text bold wrap="truncate">
        Keys on this screen · any key closes this help
      </Text>
      <Box flexDirection="row">
        {Array.from({ length: columns }, (_, c) => {
          const shown = entries.slice(c * perColumn, (c + 1) * perColumn);
          const labelWidth = Math.max(...shown.map((e) => e.label.length));
          return (
            <Box key={c} flexDirection="column" width={columnWidth} marginRight={c < columns - 1 ? 2 : 0}>
              {shown.map((entry) => (
                <Text key={entry.label} wrap="truncate">
                  {entry.label.padEnd(labelWidth)} {entry.help}
                </Text>
              ))}
            </Box>
          );
        })}
      </Box>
    </Box>
  );
};
