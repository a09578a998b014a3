// cp1252's 0x80-0x9F as Python decodes them ('\u0000' where it raises UnicodeDecodeError). Node's TextDecoder cannot
// be used: its 'windows-1252' takes a Latin-1 fast path and turns 0x85 into U+0085 (a space to str.split()) instead
// of "…". 0xA0-0xFF are Latin-1 in both.
const high = '€\u0000‚ƒ„…†‡ˆ‰Š‹Œ\u0000Ž\u0000\u0000‘’“”•–—˜™š›œ\u0000žŸ';

/** What cp1252 makes of each byte from 0x80 on ('' where Python raises). */
const byteChars: readonly string[] = Array.from({ length: 0x80 }, (_, i) => {
  const byte = 0x80 + i;
  if (byte >= 0xa0) return String.fromCharCode(byte);
  const char = high[i]!;
  return char === '\u0000' ? '' : char;
});

// eslint-disable-next-line no-control-regex -- ASCII reads the same in both encodings
const nonAsciiRun = /[^\u0000-\u007f]+/g;

/**
 * The UTF-8 text as report.py on Windows reads it (`open()` with the locale encoding, cp1252 there), or null when
 * Python's decoder raises UnicodeDecodeError on it.
 */
export const windowsText = (text: string): string | null => {
  let raises = false;
  // ASCII reads the same in both: only the runs of other characters are encoded, each UTF-8 byte read as cp1252.
  // Encoding the whole text and decoding it byte by byte was a tenth of checking 1,000 reports.
  const read = (run: string): string => {
    let out = '';
    const byte = (b: number): void => {
      const char = byteChars[b - 0x80]!;
      if (char === '') raises = true;
      out += char;
    };
    for (let i = 0; i < run.length; i++) {
      let cp = run.charCodeAt(i);
      if (cp >= 0xd800 && cp <= 0xdfff) {
        const low = run.charCodeAt(i + 1);
        if (cp <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
          cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
          i++;
        } else cp = 0xfffd; // a lone surrogate, which UTF-8 encoders write as U+FFFD
      }
      if (cp < 0x800) byte(0xc0 | (cp >> 6));
      else {
        if (cp < 0x10000) byte(0xe0 | (cp >> 12));
        else {
          byte(0xf0 | (cp >> 18));
          byte(0x80 | ((cp >> 12) & 0x3f));
        }
        byte(0x80 | ((cp >> 6) & 0x3f));
      }
      byte(0x80 | (cp & 0x3f));
    }
    return out;
  };
  const windows = text.replace(nonAsciiRun, read);
  return raises ? null : windows;
};
