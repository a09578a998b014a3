/** One line of a text: `text.slice(start, end)` is its content, `next` where the following line starts. */
export interface Line {
  /** 1-based line number. */
  number: number;
  start: number;
  end: number;
  next: number;
  content: string;
}

/**
 * Splits a text into lines on `\r\n`, `\r` and `\n` alike, keeping every offset. Split a report once and pass the
 * lines on (`parseReport`, `lintContext`): nothing here remembers a text.
 */
export const splitLines = (text: string): readonly Line[] => {
  const lines: Line[] = [];
  const push = (start: number, end: number, next: number): void => {
    lines.push({ number: lines.length + 1, start, end, next, content: text.slice(start, end) });
  };
  // indexOf runs natively, a line at a time: far cheaper than a JavaScript loop over every character while the
  // code is still cold, which is all of `check`'s life. Lone `\r` only needs looking for when the text has one.
  const hasCr = text.includes('\r');
  let start = 0;
  for (;;) {
    const lf = text.indexOf('\n', start);
    if (hasCr) {
      const cr = text.indexOf('\r', start);
      if (cr !== -1 && (lf === -1 || cr < lf)) {
        const next = text.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1;
        push(start, cr, next);
        start = next;
        continue;
      }
    }
    if (lf === -1) break;
    push(start, lf, lf + 1);
    start = lf + 1;
  }
  if (start < text.length || lines.length === 0) push(start, text.length, text.length);
  return lines;
};
