const names: Record<number, string> = {
  0x85: 'next line',
  0xa0: 'no-break space',
  0x1680: 'Ogham space mark',
  0x2000: 'en quad',
  0x2001: 'em quad',
  0x2002: 'en space',
  0x2003: 'em space',
  0x2004: 'three-per-em space',
  0x2005: 'four-per-em space',
  0x2006: 'six-per-em space',
  0x2007: 'figure space',
  0x2008: 'punctuation space',
  0x2009: 'thin space',
  0x200a: 'hair space',
  0x2028: 'line separator',
  0x2029: 'paragraph separator',
  0x202f: 'narrow no-break space',
  0x205f: 'medium mathematical space',
  0x3000: 'ideographic space',
};

/** A character as a student can find it: `thin space U+2009` for spaces, `"😀" (U+1F600)` for the rest. */
export const describeChar = (char: string): string => {
  const code = char.codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = names[code];
  return name ? `${name} ${hex}` : `"${char}" (${hex})`;
};
