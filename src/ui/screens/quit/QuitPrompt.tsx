import { Text } from 'ink';

/** Asks what to do with unwritten answers before quitting. */
export const QuitPrompt = ({ drafts }: { drafts: number[] }) => (
  <Text wrap="truncate">
    {drafts.length === 1 ? `Question ${drafts[0]} has` : `Questions ${drafts.join(', ')} have`} unwritten
    text. Write it to the file before quitting?
  </Text>
);
