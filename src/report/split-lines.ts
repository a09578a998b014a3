/** One line of a text: `text.slice(start, end)` is its content, `next` where the following line starts. */
export interface Line {
  /** 1-based line number. */
  number: number;
  start: number;
  end: number;
  next: number;
  content: string;
}

// The parser and several lints split the same report: keep the last answer (callers never mutate it).
let lastText: string | null = null;
let lastLines: Line[] = [];

/** Splits a text into lines on `\r\n`, `\r` and `\n` alike, keeping every offset. */
export const splitLines = (text: string): readonly Line[] => {
  if (text === lastText) return lastLines;
  const lines: Line[] = [];
  let start = 0;
  // A plain scan: this runs for every report `check` reads, and a regex loop costs several times more.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    const next = c === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    lines.push({ number: lines.length + 1, start, end: i, next, content: text.slice(start, i) });
    start = next;
    i = next - 1;
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
  lastText = text;
  lastLines = lines;
  return lines;
};
