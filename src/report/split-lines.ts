/** One line of a text: `text.slice(start, end)` is its content, `next` where the following line starts. */
export interface Line {
  /** 1-based line number. */
  number: number;
  start: number;
  end: number;
  next: number;
  content: string;
}

/** Splits a text into lines on `\r\n`, `\r` and `\n` alike, keeping every offset. */
export const splitLines = (text: string): Line[] => {
  const lines: Line[] = [];
  const breaks = /\r\n|\r|\n/g;
  let start = 0;
  let match: RegExpExecArray | null;
  while ((match = breaks.exec(text)) !== null) {
    lines.push({
      number: lines.length + 1,
      start,
      end: match.index,
      next: breaks.lastIndex,
      content: text.slice(start, match.index),
    });
    start = breaks.lastIndex;
  }
  if (start < text.length || lines.length === 0) {
    lines.push({
      number: lines.length + 1,
      start,
      end: text.length,
      next: text.length,
      content: text.slice(start),
    });
  }
  return lines;
};
