import { Box, Text } from 'ink';
import { useEffect, useState } from 'react';
import { type ParityLine, parityLines } from '../../parity-lines.js';
import type { ParityView } from '../../wizard-reducer.js';
import { parityBodyRows } from './parity-body-rows.js';

/** Props of `ParityScreen`: the app owns the run and the scroll position (the `parity` key table). */
export interface ParityScreenProps {
  parity: ParityView;
  width: number;
  /** Rows the screen may use. */
  height: number;
  /** False under NO_COLOR: the verdict's words carry its meaning alone. */
  color?: boolean;
}

const spinner = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

const Line = ({ line, color }: { line: ParityLine; color: boolean }) => (
  <Text
    wrap="truncate"
    color={color && line.tone !== undefined ? (line.tone === 'good' ? 'green' : 'red') : undefined}
  >
    {line.text === '' ? ' ' : line.text}
  </Text>
);

const Spinner = () => {
  const [frame, setFrame] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setFrame((f) => (f + 1) % spinner.length), 120);
    return () => clearInterval(timer);
  }, []);
  return <Text>{spinner[frame]} </Text>;
};

/** report.py's run beside report-wizard's check: the verdict first, then where they differ, then every question. */
export const ParityScreen = ({ parity, width, height, color = true }: ParityScreenProps) => {
  if (parity.running || parity.result === null) {
    return (
      <Box flexDirection="column">
        <Text bold>Parity with your report.py</Text>
        <Text wrap="wrap">
          <Spinner />
          Running your report.py (stopped after 60 s if it hangs)…
        </Text>
      </Box>
    );
  }
  const { verdict, body } = parityLines(parity.result, width);
  const { rows } = parityBodyRows(parity, width, height);
  const top = Math.max(0, Math.min(parity.scroll, body.length - rows));
  const more = body.length > rows;
  return (
    <Box flexDirection="column">
      <Text bold wrap="truncate">
        Parity with your report.py
      </Text>
      {verdict.map((line, i) => (
        <Line key={`v${i}`} line={line} color={color} />
      ))}
      {body.slice(top, top + rows).map((line, i) => (
        <Line key={`b${top + i}`} line={line} color={color} />
      ))}
      {more && (
        <Text dimColor wrap="truncate">
          rows {top + 1}–{Math.min(body.length, top + rows)} of {body.length} · ↑↓ PgUp/PgDn scroll
        </Text>
      )}
    </Box>
  );
};
