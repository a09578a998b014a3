const encoder = new TextEncoder();
// Bytes per String.fromCharCode call: well under the engine's limit on arguments.
const chunk = 8192;

// cp1252's 0x80-0x9F as Python decodes them ('' where it raises UnicodeDecodeError). Node's TextDecoder cannot be
// used: its 'windows-1252' takes a Latin-1 fast path and turns 0x85 into U+0085 (a space to str.split()) instead of
// "…". 0xA0-0xFF are Latin-1 in both.
const high = '€\u0000‚ƒ„…†‡ˆ‰Š‹Œ\u0000Ž\u0000\u0000‘’“”•–—˜™š›œ\u0000žŸ';

/**
 * The UTF-8 text as report.py on Windows reads it (`open()` with the locale encoding, cp1252 there), or null when
 * Python's decoder raises UnicodeDecodeError on it.
 */
export const windowsText = (text: string): string | null => {
  // eslint-disable-next-line no-control-regex -- ASCII reads the same in both encodings
  if (!/[^\u0000-\u007f]/.test(text)) return text;
  const bytes = encoder.encode(text);
  // Each byte as the code point of the same number (Latin-1), in chunks: a string added to byte by byte made a
  // report's worth of garbage, a twentieth of a cold `check`. Then 0x80-0x9F become cp1252's characters.
  let latin1 = '';
  for (let start = 0; start < bytes.length; start += chunk)
    latin1 += String.fromCharCode(...bytes.subarray(start, start + chunk));
  if (/[\u0081\u008d\u008f\u0090\u009d]/.test(latin1)) return null;
  return latin1.replace(/[\u0080-\u009f]/g, (char) => high[char.charCodeAt(0) - 0x80]!);
};
