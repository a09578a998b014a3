import { Box, Text } from 'ink';
import { visibleText } from '../../../report/visible-text.js';
import type { Hazard } from '../../wizard-reducer.js';

/** What report.py would misread in an answer about to be written, and the question whether to write it anyway. */
export const HazardPrompt = ({ hazard }: { hazard: Hazard }) => (
  <Box flexDirection="column">
    <Text bold wrap="truncate">
      Question {hazard.question}: report.py would misread this answer.
    </Text>
    {hazard.messages.map((message, i) => (
      <Text key={i} wrap="wrap">
        {visibleText(`⚠ ${message}`)}
      </Text>
    ))}
    <Text>Write it anyway?</Text>
  </Box>
);
