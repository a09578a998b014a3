const combining = /^\p{M}$/u;
// East Asian Wide and Fullwidth blocks (CJK, Hangul, fullwidth forms) and emoji: two terminal cells.
const wideRanges: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd],
];
const pictographic = /^\p{Extended_Pictographic}$/u;

// Zero-width joiners and spaces, word joiner and variation selectors take no cell of their own.
const isZeroWidth = (value: number, codePoint: string): boolean =>
  (value >= 0x200b && value <= 0x200f) ||
  value === 0x2060 ||
  (value >= 0xfe00 && value <= 0xfe0f) ||
  (value >= 0xe0100 && value <= 0xe01ef) ||
  combining.test(codePoint);

/** Terminal cells one code point takes: 0, 1 or 2 (close to what Ink's string-width measures). */
export const codePointWidth = (codePoint: string): number => {
  const value = codePoint.codePointAt(0) ?? 0;
  if (value < 0x7f) return value < 0x20 ? (value === 0x09 ? 1 : 0) : 1;
  if (value <= 0x9f) return 0;
  if (isZeroWidth(value, codePoint)) return 0;
  if (wideRanges.some(([low, high]) => value >= low && value <= high)) return 2;
  if (value >= 0x1f000 && pictographic.test(codePoint)) return 2;
  return 1;
};
