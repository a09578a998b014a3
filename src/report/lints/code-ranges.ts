import type { Span } from '../model.js';
import type { Line } from '../split-lines.js';

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

const quotePrefix = /^(?: {0,3}>[ ]?)+/;
const listItem = /^ {0,3}(?:[*+-]|\d{1,9}[.)])(?:[ \t]|$)/;
const fenceLine = /^ *(`{3,}|~{3,})/;

/** Columns of leading whitespace, tabs to the next multiple of 4. */
const indentOf = (s: string): number => {
  let width = 0;
  for (const c of s) {
    if (c === ' ') width++;
    else if (c === '\t') width += 4 - (width % 4);
    else break;
  }
  return width;
};

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
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(line.content);
    const content = line.content.replace(quotePrefix, '');
    const blank = content.trim() === '';
    const indent = indentOf(content);
    const wasNested = nested !== null;
    if (nested) {
      const close = fenceLine.exec(content);
      if (close && close[1]![0] === nested.marker[0] && close[1]!.length >= nested.marker.length) {
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
        const opens = fenceLine.exec(content);
        if (
          opens &&
          !(
            opens[1]![0] === '`' && content.slice(content.indexOf(opens[1]!) + opens[1]!.length).includes('`')
          )
        ) {
          nested = { marker: opens[1]!, start: line.start, blank: false };
        }
        if (listItem.test(content)) inList = true;
        else if (previousBlank && indent < 4) inList = false;
      }
    }
    previousBlank = blank;

    if (fence) {
      if (open && open[1]![0] === fence.marker[0] && open[1]!.length >= fence.marker.length) {
        ranges.push({ start: fence.start, end: line.end });
        fence = null;
      }
      continue;
    }
    // A backtick fence's info string cannot hold a backtick: "```text```" is inline code.
    if (
      open &&
      !(
        open[1]![0] === '`' &&
        line.content.slice(line.content.indexOf(open[1]!) + open[1]!.length).includes('`')
      )
    ) {
      fence = { marker: open[1]!, start: line.start };
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
