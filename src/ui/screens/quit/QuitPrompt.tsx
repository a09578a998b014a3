import { Text } from 'ink';
import { quitQuestion } from './quit-question.js';

/** Asks what to do with unwritten answers before quitting. */
export const QuitPrompt = ({ drafts }: { drafts: number[] }) => (
  <Text wrap="truncate">{quitQuestion(drafts)}</Text>
);
