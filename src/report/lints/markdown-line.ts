import type { Line } from '../split-lines.js';

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
