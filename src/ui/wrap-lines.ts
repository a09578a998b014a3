import { wrapLine } from './wrap-line.js';

/** One visual row of the buffer: logical line `line`, code point columns `[start, end)`, and its text. */
export interface VisualRow {
  line: number;
  start: number;
  end: number;
  text: string;
}

/** Soft-wraps every logical line (see `wrapLine`) into the buffer's visual rows, top to bottom. */
export const wrapLines = (lines: readonly string[], width: number): VisualRow[] => {
  const rows: VisualRow[] = [];
  lines.forEach((line, lineIndex) => {
    const codePoints = Array.from(line);
    for (const segment of wrapLine(line, width)) {
      const text = codePoints.slice(segment.start, segment.end).join('');
      rows.push({ line: lineIndex, start: segment.start, end: segment.end, text });
    }
  });
  return rows;
};
