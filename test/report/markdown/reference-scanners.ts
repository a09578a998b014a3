// The three line scanners the block scanner (src/report/markdown/scan-blocks.ts) replaced, kept as the reference
// model its property test (scan-blocks.test.ts) compares it with: the code and hidden-image scan (code-ranges.ts),
// its line reading (markdown-line.ts) and the answers' fences (code-fence.ts), as they were in commit 48d5e3b.
import type { Span } from '../../../src/report/model.js';
import type { Line } from '../../../src/report/split-lines.js';
import type { HiddenRange } from '../../../src/report/markdown/scan-blocks.js';

/**
 * One line as the Markdown block scanners read it (the render scan, render-scan.ts, and the code and hidden-image
 * scan, code-ranges.ts): its `>` quote prefix, what follows it, the indentation (tabs to the next multiple of 4, both
 * renderers' tab width) and the rest.
 */
export interface MarkdownLine {
  line: Line;
  /** The `>` markers in front (`> > `), or ''. */
  prefix: string;
  /** The line after its quote prefix. */
  content: string;
  blank: boolean;
  /** Columns of leading whitespace of `content`. */
  indent: number;
  /** Characters of that whitespace. */
  indentLength: number;
  /** Whether that whitespace holds a tab. */
  tabbed: boolean;
  /** `content` after its leading whitespace. */
  body: string;
}

/** A quote prefix: up to 3 spaces and `>` (and one space), repeated. */
export const quotePrefix = /^(?: {0,3}>[ ]?)+/;
const fenceRun = /^(`{3,}|~{3,})/;
const listMarker = /^(?:[*+-]|\d{1,9}[.)])(?:[ \t]|$)/;

/** Columns and characters of leading whitespace, tabs to the next multiple of 4. */
export const indentOf = (s: string): { width: number; length: number } => {
  let width = 0;
  let i = 0;
  for (; i < s.length; i++) {
    if (s[i] === ' ') width++;
    else if (s[i] === '\t') width += 4 - (width % 4);
    else break;
  }
  return { width, length: i };
};

/** The parts of a line both block scanners look at. */
export const markdownLine = (line: Line): MarkdownLine => {
  const prefix = quotePrefix.exec(line.content)?.[0] ?? '';
  const content = line.content.slice(prefix.length);
  const { width, length } = indentOf(content);
  return {
    line,
    prefix,
    content,
    blank: content.trim() === '',
    indent: width,
    indentLength: length,
    tabbed: content.slice(0, length).includes('\t'),
    body: content.slice(length),
  };
};

/**
 * The fence run (three or more backticks or tildes) a line's body starts with, and the rest of the line (`info`);
 * `opens` says whether it can open a block: a backtick fence's info string cannot hold a backtick ("```text```" is
 * inline code).
 */
export const fenceOf = (body: string): { marker: string; info: string; opens: boolean } | null => {
  const run = fenceRun.exec(body);
  if (run === null) return null;
  const marker = run[1]!;
  const info = body.slice(marker.length);
  return { marker, info, opens: !(marker[0] === '`' && info.includes('`')) };
};

/** Whether a line's body starts a list item (`-`, `*`, `+`, `1.`, `1)`, then a space, a tab or the end). */
export const startsListItem = (body: string): boolean => listMarker.test(body);

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

const opener = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const closer = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;

/**
 * CommonMark's fences, a line at a time: the fence `line` opens (null when it opens none), or, inside `open`, whether
 * it closes it (null) or stays code (`open`). A backtick run followed by another backtick on its line (```` ```x``` ````)
 * is inline code, not a fence; a closing fence is the same character, at least as long, and nothing else.
 */
export const nextFence = (open: string | null, line: string): string | null => {
  // Most lines hold no fence: look for its character within the first four before any regex.
  let at = 0;
  while (at < 3 && line.charCodeAt(at) === 32) at++;
  const first = line.charCodeAt(at);
  if (first !== 96 && first !== 126) return open;
  if (open !== null) {
    const close = closer.exec(line);
    return close && close[1]![0] === open[0] && close[1]!.length >= open.length ? null : open;
  }
  const opens = opener.exec(line);
  if (opens === null || (opens[1]![0] === '`' && opens[2]!.includes('`'))) return null;
  return opens[1]!;
};
