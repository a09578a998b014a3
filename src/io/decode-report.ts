// Fatal, so text in another encoding is refused rather than decoded with U+FFFD and written back that way;
// ignoreBOM keeps a leading U+FEFF in the text, so writing the text back keeps the BOM too.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A report's bytes as text, byte for byte (BOM included), or null when they are not valid UTF-8. */
export const decodeReport = (bytes: Uint8Array): string | null => {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
};
