/**
 * A text as the merge compares it: line endings as `\n`, no spaces or tabs at line ends; `atEnd` also drops the final
 * line breaks (a trailing-whitespace hook or an editor adding the last newline changes nothing a reader sees).
 */
export const whitespaceKey = (text: string, atEnd = false): string => {
  const key = text.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '');
  return atEnd ? key.replace(/\n+$/, '') : key;
};

/** Whether two texts differ only in trailing spaces, tabs and line endings (and, `atEnd`, final line breaks). */
export const sameIgnoringWhitespace = (a: string, b: string, atEnd = false): boolean =>
  a === b || whitespaceKey(a, atEnd) === whitespaceKey(b, atEnd);
