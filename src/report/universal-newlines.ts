/** The text as Python's `open()` in text mode reads it: `\r\n` and lone `\r` become `\n`. */
export const universalNewlines = (text: string): string =>
  text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
