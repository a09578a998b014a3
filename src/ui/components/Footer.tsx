import { Text } from 'ink';
import type { Screen } from '../wizard-reducer.js';

/** What decides the keys the footer lists. */
export interface FooterProps {
  screen: Screen;
  filtering: boolean;
  quitting: boolean;
}

const keys = {
  overview: '↑↓ select · Enter open · c checklist · p parity · q quit',
  question: 'Tab next · Shift+Tab previous · Ctrl+S save · Esc overview · Ctrl+C quit',
  checklist: '↑↓ move · Space toggle · / filter · Esc overview · q quit',
  conflict: 'f keep the file’s answer · d keep your draft',
  filtering: 'type to filter by text or tag (m17) · Enter keep · Esc clear',
  quitting: 'y write and quit · n quit without writing · Esc stay',
} as const;

/** One line naming the keys of the current screen. */
export const Footer = ({ screen, filtering, quitting }: FooterProps) => {
  const line = quitting ? keys.quitting : screen === 'checklist' && filtering ? keys.filtering : keys[screen];
  return (
    <Text dimColor wrap="truncate">
      {line}
    </Text>
  );
};
