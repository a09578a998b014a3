/**
 * Whether a UTF-16 code unit is one Python's `str.split()` splits on: `pythonWhitespace` as a test on a number (a test
 * checks the two agree on every code unit). No surrogate is whitespace, so code units do for code points.
 */
const isSpace = (c: number): boolean =>
  c <= 0x20
    ? c >= 0x1c || (c >= 0x09 && c <= 0x0d)
    : c >= 0x85 &&
      (c === 0x85 ||
        c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000);

/** `len(text.split())` in Python: the number of runs of non-whitespace characters. */
// A loop over the code units: `match()` built a string for every word, the largest garbage of checking many reports,
// and the loop is compiled after the first few answers of a single `check`.
export const countWords = (text: string): number => {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) inWord = false;
    else if (!inWord) {
      inWord = true;
      words++;
    }
  }
  return words;
};
