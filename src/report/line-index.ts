import type { Line } from './split-lines.js';

/** The 0-based index of the line holding `offset` (lines as `splitLines` returns them, in order). */
export const lineIndexAt = (lines: readonly Line[], offset: number): number => {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
};

/** A lookup from a text offset to its 1-based line (`\r\n`, `\r` and `\n` all end a line). */
export const lineIndex =
  (lines: readonly Line[]): ((offset: number) => number) =>
  (offset) =>
    lineIndexAt(lines, offset) + 1;
