import { Box, Text, useInput } from 'ink';
import SelectInput from 'ink-select-input';
import { visibleText } from '../../report/visible-text.js';

/** Props of `ImagePicker`. */
export interface ImagePickerProps {
  /** Image paths relative to the report, e.g. `figures/overview.png`. */
  figures: string[];
  /** Rows the picker may use, title included. */
  height: number;
  onSelect: (path: string) => void;
  onCancel: () => void;
  isActive?: boolean;
}

/** A list of the report's figures: Enter picks one for the answer, Esc goes back to the text. */
export const ImagePicker = ({ figures, height, onSelect, onCancel, isActive = true }: ImagePickerProps) => {
  useInput(
    (_input, key) => {
      if (key.escape) onCancel();
    },
    { isActive },
  );
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
  return (
    <Box flexDirection="column">
      <Text bold>Insert an image · Enter inserts the link at the cursor · Esc goes back</Text>
      <SelectInput
        items={figures.map((path) => ({ key: path, label: visibleText(path), value: path }))}
        limit={Math.max(1, height - 1)}
        isFocused={isActive}
        onSelect={(item) => onSelect(item.value)}
      />
    </Box>
  );
};
