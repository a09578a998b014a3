import { Box, Text } from 'ink';
import { footerText } from '../keys/footer-text.js';
import { keyTables } from '../keys/key-tables.js';
import { visibleText } from '../../report/visible-text.js';

/** Props of `ImagePicker`: the question screen owns its keys (the `picker` key table). */
export interface ImagePickerProps {
  /** Image paths relative to the report, e.g. `figures/overview.png`. */
  figures: string[];
  /** Index of the highlighted figure. */
  selected: number;
  /** Rows the picker may use, title included. */
  height: number;
}

/** A list of the report's figures: Enter picks one for the answer, Esc goes back to the text. */
export const ImagePicker = ({ figures, selected, height }: ImagePickerProps) => {
  if (figures.length === 0) {
    return (
      <Box flexDirection="column">
        <Text bold>Insert an image</Text>
        <Text>
          No images found in figures/ next to the report. Save screenshots there first. Esc goes back.
        </Text>
      </Box>
    );
  }
  const rows = Math.max(1, height - 1);
  const start = Math.max(0, Math.min(selected - Math.floor(rows / 2), figures.length - rows));
  return (
    <Box flexDirection="column">
      <Text bold wrap="truncate">
        Insert an image · {footerText(keyTables.picker)}
      </Text>
      {figures.slice(start, start + rows).map((path, i) => (
        <Text key={path} wrap="truncate" color={start + i === selected ? 'blue' : undefined}>
          {start + i === selected ? '❯ ' : '  '}
          {visibleText(path)}
        </Text>
      ))}
    </Box>
  );
};
