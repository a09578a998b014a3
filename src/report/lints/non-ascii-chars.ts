/** A character outside ASCII: where it starts in the text, and its code point. */
export interface NonAsciiChar {
  at: number;
  cp: number;
}

const anyNonAscii = /[^\u0000-\u007f]/g; // eslint-disable-line no-control-regex -- all but ASCII

/**
 * Every character of `text` outside ASCII, in order: a surrogate pair once, as its code point, a lone surrogate as a
 * character of its own. One native scan: `test()` moves `lastIndex` past each without building a match object.
 */
export const nonAsciiChars = (text: string): NonAsciiChar[] => {
  const chars: NonAsciiChar[] = [];
  anyNonAscii.lastIndex = 0;
  while (anyNonAscii.test(text)) {
    const at = anyNonAscii.lastIndex - 1;
    const cp = text.codePointAt(at)!;
    if (cp > 0xffff) anyNonAscii.lastIndex = at + 2;
    chars.push({ at, cp });
  }
  return chars;
};
