/** A text's lines, each with its own line break (`\r\n`, `\r` or `\n`; the last may have none): joined, the text. */
export const splitKeepingEnds = (text: string): string[] =>
  text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
