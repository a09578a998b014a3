import { Box, Text } from 'ink';
import { footerText } from '../../keys/footer-text.js';
import { pickerKeys } from './picker-keys.js';
import { visibleText } from '../../../report/visible-text.js';
import type { ImageChoice } from '../../image-choices.js';

/** Props of `ImagePicker`: the question screen owns its keys (the `picker` key table). */
export interface ImagePickerProps {
  /** Links to repair, then the images found when the picker opened, newest first. */
  choices: ImageChoice[];
  /** Index of the highlighted choice. */
  selected: number;
  /** Rows the picker may use, title included. */
  height: number;
  /** The folders are being read. */
  loading?: boolean;
  /** Whether report.py counts images for this question (false: a line says so). */
  counted?: boolean;
}

const label = (choice: ImageChoice): string =>
  choice.kind === 'fix'
    ? `fix the link ${choice.from} → ${choice.path}`
    : choice.usedIn.length === 0
      ? choice.path
      : `${choice.path} · used in ${choice.usedIn.map((n) => `Q${n}`).join(', ')}`;

/** The images in figures/ and next to the report, read each time it opens: Enter puts one in the answer. */
export const ImagePicker = ({
  choices,
  selected,
  height,
  loading = false,
  counted = true,
}: ImagePickerProps) => {
  if (loading) {
    return (
      <Box flexDirection="column">
        <Text bold>Insert an image</Text>
        <Text>Looking for images in figures/ and next to the report…</Text>
      </Box>
    );
  }
  if (choices.length === 0) {
    return (
      <Box flexDirection="column">
        <Text bold>Insert an image</Text>
        <Text>
          No images in figures/ or next to the report yet. Save screenshots into figures/: they are listed the
          next time you press Ctrl+G. Esc goes back.
        </Text>
      </Box>
    );
  }
  // Said where report.py counts no images: the picker still opens, as the graded page shows every image.
  const note = counted ? [] : ['report.py counts no images here; the graded page still shows them.'];
  const rows = Math.max(1, height - 1 - note.length);
  const start = Math.max(0, Math.min(selected - Math.floor(rows / 2), choices.length - rows));
  return (
    <Box flexDirection="column">
      <Text bold wrap="truncate">
        Insert an image · {footerText(pickerKeys)}
      </Text>
      {note.map((line) => (
        <Text key="note" dimColor wrap="truncate">
          {line}
        </Text>
      ))}
      {choices.slice(start, start + rows).map((choice, i) => (
        <Text
          key={`${choice.kind}:${choice.path}:${i + start}`}
          wrap="truncate"
          color={start + i === selected ? 'blue' : choice.kind === 'fix' ? 'yellow' : undefined}
        >
          {start + i === selected ? '❯ ' : '  '}
          {visibleText(label(choice))}
        </Text>
      ))}
    </Box>
  );
};
