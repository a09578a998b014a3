// Fatal, so text in another encoding (Latin-1 `é` from an old editor) is refused instead of becoming U+FFFD. A leading
// BOM (Notepad writes one) is dropped: it belongs to the file, not to the answer, and Python's split() would glue it
// to the first word.
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** New answer text from bytes (a file, standard input, the external editor), or null when they are not UTF-8. */
export const decodeAnswerText = (bytes: Uint8Array): string | null => {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
};
