// C0 controls other than tab and line feed, DEL and C1 controls: what is left of escape sequences and
// terminal noise, never part of an answer.
const isControl = (code: number): boolean =>
  (code < 0x20 && code !== 0x09 && code !== 0x0a) || (code >= 0x7f && code <= 0x9f);

/** Text as the buffer stores it: `\r\n` and `\r` become `\n`, other control characters are dropped. */
export const normalizeInput = (text: string): string => {
  const unified = text.replace(/\r\n?/g, '\n');
  let result = '';
  for (const char of unified) if (!isControl(char.charCodeAt(0))) result += char;
  return result;
};
