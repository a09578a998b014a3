const encoder = new TextEncoder();

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
  let out = '';
  for (const byte of encoder.encode(text)) {
    if (byte < 0x80 || byte >= 0xa0) out += String.fromCharCode(byte);
    else {
      const char = high[byte - 0x80]!;
      if (char === '\u0000') return null;
      out += char;
    }
  }
  return out;
};
