import { splitLines } from '../split-lines.js';

/** A lookup from a text offset to its 1-based line (`\r\n`, `\r` and `\n` all end a line). */
export const lineIndex = (text: string): ((offset: number) => number) => {
  const starts = splitLines(text).map((line) => line.start);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
};
