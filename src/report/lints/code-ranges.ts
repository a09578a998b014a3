import type { Span } from '../model.js';
import type { Line } from '../split-lines.js';
import { fenceOf, markdownLine, startsListItem } from './markdown-line.js';

/** Code or an HTML comment whose images report.py counts but a page does not show. */
export interface HiddenRange extends Span {
  kind: 'code' | 'comment';
  /**
   * Whether the graded page (Python-Markdown) hides it too; GitHub always does. Python-Markdown knows no fences: it
   * reads a backtick fence as an inline code span, which a blank line ends, and a `~~~` fence as text.
   */
  graded: boolean;
}

/** What one pass over a text finds: top-level fences and inline code, and every range that hides an image. */
export interface CodeScan {
  ranges: Span[];
  hidden: HiddenRange[];
}

/**
 * One line scanner for all code: fenced blocks at the top level and inline code spans (`ranges`, which the render and
 * heading lints use), and, for the image lints, also indented code, fences inside quotes and list items, and HTML
 * comments outside code (`hidden`). Checked against Python-Markdown and markdown-it in test/report/lints.
 */
const scanCode = (lines: readonly Line[]): CodeScan => {
  const ranges: Span[] = [];
  const hidden: HiddenRange[] = [];
  let fence: { marker: string; start: number } | null = null;
  // A fence as the image lints see it: any indent, inside quotes too, with whether a blank line broke it.
  let nested: { marker: string; start: number; blank: boolean } | null = null;
  let indented: { start: number; end: number } | null = null;
  let previousBlank = true;
  // Whether the last block before a blank line was a list: 4 spaces then continue an item, 8 make code.
  let inList = false;
  for (const line of lines) {
    const { prefix, blank, indent, tabbed, body } = markdownLine(line);
    // A fence as the image lints see it: indented by spaces only, any number of them, inside quotes too.
    const run = tabbed ? null : fenceOf(body);
    const wasNested = nested !== null;
    if (nested) {
      if (run && run.marker[0] === nested.marker[0] && run.marker.length >= nested.marker.length) {
        hidden.push({
          start: nested.start,
          end: line.end,
          kind: 'code',
          graded: nested.marker[0] === '`' && !nested.blank,
        });
        nested = null;
      } else if (blank) nested.blank = true;
    } else if (indented && !blank && indent < 4) {
      hidden.push({ ...indented, kind: 'code', graded: true });
      indented = null;
    }
    if (!wasNested && !blank) {
      if (indented) indented.end = line.end;
      else if (previousBlank && indent >= (inList ? 8 : 4)) indented = { start: line.start, end: line.end };
      else {
        if (run?.opens) nested = { marker: run.marker, start: line.start, blank: false };
        if (indent < 4 && startsListItem(body)) inList = true;
        else if (previousBlank && indent < 4) inList = false;
      }
    }
    previousBlank = blank;

    // A top-level fence: outside quotes, indented by at most 3 spaces.
    const open = prefix === '' && indent < 4 ? run : null;
    if (fence) {
      if (open && open.marker[0] === fence.marker[0] && open.marker.length >= fence.marker.length) {
        ranges.push({ start: fence.start, end: line.end });
        fence = null;
      }
      continue;
    }
    if (open?.opens) {
      fence = { marker: open.marker, start: line.start };
      continue;
    }
    if (!line.content.includes('`')) continue;
    for (const m of line.content.matchAll(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g)) {
      ranges.push({ start: line.start + m.index, end: line.start + m.index + m[0].length });
    }
  }
  const end = lines[lines.length - 1]?.next ?? 0;
  if (fence) ranges.push({ start: fence.start, end });
  if (nested) hidden.push({ start: nested.start, end, kind: 'code', graded: false });
  if (indented) hidden.push({ ...indented, kind: 'code', graded: true });
  return { ranges, hidden };
};

/** The fenced code blocks and inline code spans of a text (given as its lines), as offsets. */
export const codeRanges = (lines: readonly Line[]): Span[] => scanCode(lines).ranges;

/**
 * One scan of `text` (split into `lines`): its code (`ranges`, see `codeRanges`), and the code and HTML comments in
 * which report.py counts images a page does not show (`hidden`).
 */
export const codeScan = (text: string, lines: readonly Line[]): CodeScan => {
  const { ranges, hidden } = scanCode(lines);
  const inCode = (at: number): boolean =>
    ranges.some((r) => r.start <= at && at < r.end) || hidden.some((r) => r.start <= at && at < r.end);
  if (text.includes('<!--')) {
    for (const m of text.matchAll(/<!--[\s\S]*?-->/g)) {
      if (!inCode(m.index))
        hidden.push({ start: m.index, end: m.index + m[0].length, kind: 'comment', graded: true });
    }
  }
  return { ranges, hidden };
};
