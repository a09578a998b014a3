import { wrapLine } from './wrap-line.js';

/** One visual row of the buffer: logical line `line`, UTF-16 offsets `[start, end)`, and its text. */
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
    for (const { start, end } of wrapLine(line, width)) {
      rows.push({ line: lineIndex, start, end, text: line.slice(start, end) });
    }
  });
  return rows;
};
