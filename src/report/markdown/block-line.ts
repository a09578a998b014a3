import type { Line } from '../split-lines.js';

/** A run of three or more backticks or tildes that starts a line's body, and the rest of the line. */
export interface FenceRun {
  marker: string;
  /** What follows the run on its line (a fence's info string). */
  info: string;
  /** Whether it can open a block: a backtick fence's info cannot hold a backtick ("```text```" is inline code). */
  opens: boolean;
}

/**
 * One line as the Markdown block scanner classifies it, once per report (see `scanBlocks`): its `>` quote prefix, what
 * follows it, the indentation (tabs to the next multiple of 4, both renderers' tab width) and the rest, and the
 * fence run it starts with. The render scan, the code and hidden-image ranges and the answers' fences all read it.
 */
export interface BlockLine {
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
  /** The fence run `body` starts with, or null. */
  fence: FenceRun | null;
}

/** Columns and characters of leading whitespace, tabs to the next multiple of 4. */
export const indentOf = (s: string): { width: number; length: number } => {
  let width = 0;
  let i = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) width++;
    else if (c === 9) width += 4 - (width % 4);
    else break;
  }
  return { width, length: i };
};

/** Where a quote prefix ends: up to 3 spaces and `>` (and one space), repeated; 0 without one. */
const quoteEnd = (s: string): number => {
  let end = 0;
  for (;;) {
    let at = end;
    while (at - end < 3 && s.charCodeAt(at) === 32) at++;
    if (s.charCodeAt(at) !== 62) return end;
    at++;
    if (s.charCodeAt(at) === 32) at++;
    end = at;
  }
};

/** The fence run `body` starts with (see `FenceRun`), or null: a character test before any string is made. */
const fenceRun = (body: string): FenceRun | null => {
  const c = body.charCodeAt(0);
  if (c !== 96 && c !== 126) return null;
  let n = 1;
  while (body.charCodeAt(n) === c) n++;
  if (n < 3) return null;
  const info = body.slice(n);
  return { marker: body.slice(0, n), info, opens: !(c === 96 && info.includes('`')) };
};

/**
 * Whether `s` from `from` on is all whitespace as JavaScript's `trim` sees it; the first non-space character answers
 * for nearly every line, without a trimmed copy.
 */
const blankFrom = (s: string, from: number): boolean => {
  if (from === s.length) return true;
  const c = s.charCodeAt(from);
  if (c > 32 && c < 0x1680 && c !== 0xa0 && c !== 0x85) return false;
  return s.slice(from).trim() === '';
};

/**
 * Classifies one line (see `BlockLine`), with no regular expression and no copy where the line needs none. `check`
 * runs it cold, in V8's interpreter, where each JavaScript step costs what a native regular expression does for a
 * whole line: most lines start with a letter and take the first branch, a handful of steps.
 */
export const blockLine = (line: Line): BlockLine => {
  const all = line.content;
  const first = all.charCodeAt(0);
  // Not a space, tab, `>`, fence character or other whitespace (NaN, an empty line, fails every comparison).
  if (
    first > 62
      ? first !== 96 && first !== 126 && first < 0x1680 && first !== 0xa0
      : first > 32 && first !== 62
  )
    return {
      line,
      prefix: '',
      content: all,
      blank: false,
      indent: 0,
      indentLength: 0,
      tabbed: false,
      body: all,
      fence: null,
    };
  const quote = first === 62 || first === 32 ? quoteEnd(all) : 0;
  const content = quote === 0 ? all : all.slice(quote);
  let indent = 0;
  let length = 0;
  let tabbed = false;
  for (; length < content.length; length++) {
    const c = content.charCodeAt(length);
    if (c === 32) indent++;
    else if (c === 9) {
      indent += 4 - (indent % 4);
      tabbed = true;
    } else break;
  }
  const body = length === 0 ? content : content.slice(length);
  return {
    line,
    prefix: quote === 0 ? '' : all.slice(0, quote),
    content,
    blank: blankFrom(content, length),
    indent,
    indentLength: length,
    tabbed,
    body,
    fence: fenceRun(body),
  };
};
