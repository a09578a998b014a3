import { Text } from 'ink';
import { fitKeyLine } from '../fit-key-line.js';
import { footerText } from '../keys/footer-text.js';
import { screenKeyTables } from '../screens/screen-key-tables.js';
import type { Screen } from '../wizard-reducer.js';

/** What decides the keys the footer lists. */
export interface FooterProps {
  screen: Screen;
  filtering: boolean;
  quitting: boolean;
  /** Asking before writing an answer report.py would misread. */
  hazard?: boolean;
  /** Cells of the row: keys that do not fit give way to `…` (see `fitKeyLine`). */
  width: number;
}

/** One line naming the main keys of the current screen, from its key table (the question screen draws its own). */
export const Footer = (props: FooterProps) => (
  <Text dimColor wrap="truncate">
    {fitKeyLine(footerText(screenKeyTables(props)[0] ?? []), props.width)}
  </Text>
);
