import { Box, Text } from 'ink';
import type { HandinView } from '../../wizard-reducer.js';
import { handinLines, handinRows } from './handin-lines.js';

/** Props of `HandinScreen`: the app owns the facts (read after the first frame) and the scroll position. */
export interface HandinScreenProps {
  handin: HandinView;
  width: number;
  /** Rows the screen may use. */
  height: number;
}

/** What staff would grade if they scraped now, as `report-wizard handin` says it, scrolled to `handin.scroll`. */
export const HandinScreen = ({ handin, width, height }: HandinScreenProps) => {
  const lines = handinLines(handin, width);
  const { rows, total } = handinRows(handin, width, height);
  const top = Math.max(0, Math.min(handin.scroll, total - rows));
  const shown = lines.slice(top, top + rows);
  return (
    <Box flexDirection="column">
      <Text bold wrap="truncate">
        Hand-in: what staff would grade now
      </Text>
      {shown.map((line, i) => (
        <Text key={i} wrap="truncate">
          {line === '' ? ' ' : line}
        </Text>
      ))}
      {total > rows && (
        <Text dimColor wrap="truncate">
          {`rows ${top + 1}–${top + shown.length} of ${total} · ↑↓ PgUp/PgDn scroll`}
        </Text>
      )}
    </Box>
  );
};
