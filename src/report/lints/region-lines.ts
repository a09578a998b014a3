/** A line break at the end of a line (`\r\n`, `\r` or `\n`): the repairs keep each line's own. */
export const lineBreak = /(?:\r\n|\r|\n)$/;

/** The lines of a text, each with its line break (the last one may have none), for the repairs of an answer region. */
export const regionLines = (text: string): string[] => text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
