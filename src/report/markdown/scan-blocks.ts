import type { Span } from '../model.js';
import type { Line } from '../split-lines.js';
import { type BlockLine, blockLine } from './block-line.js';

/** Code or an HTML comment whose images report.py counts but a page does not show. */
export interface HiddenRange extends Span {
  kind: 'code' | 'comment';
  /**
   * Whether the graded page (Python-Markdown) hides it too; GitHub always does. Python-Markdown knows no fences: it
   * reads a backtick fence as an inline code span, which a blank line ends, and a `~~~` fence as text.
   */
  graded: boolean;
}

/** What the one pass over a report finds: each line classified, its code, and what hides an image. */
export interface BlockScan {
  /** Every line classified (see `BlockLine`), parallel to the report's lines. */
  lines: BlockLine[];
  /** The fenced code blocks at the top level and the inline code spans, as offsets (the render and heading lints). */
  code: Span[];
  /**
   * For the image lints: fences inside quotes and list items too, indented code, and HTML comments outside code, in
   * which report.py counts images a page does not show.
   */
  hidden: HiddenRange[];
}

// A list item's marker (`-`, `*`, `+`, `1.`, `1)`, then a space, a tab or the end), tested on lines outside code.
const listMarker = /^(?:[*+-]|\d{1,9}[.)])(?:[ \t]|$)/;

/**
 * The Markdown block scanner: classifies each line of a text (split into `lines`) once and, in the same pass, finds
 * its code and the ranges that hide images (see `BlockScan`). The render rules' scan (render-scan.ts) and the answers'
 * fences (`nextFence`) read its lines. Checked against Python-Markdown and markdown-it in test/report/lints.
 */
export const scanBlocks = (text: string, lines: readonly Line[]): BlockScan => {
  const blocks: BlockLine[] = new Array<BlockLine>(lines.length);
  const code: Span[] = [];
  const hidden: HiddenRange[] = [];
  let fence: { marker: string; start: number } | null = null;
  // A fence as the image lints see it: any indent, inside quotes too, with whether a blank line broke it.
  let nested: { marker: string; start: number; blank: boolean } | null = null;
  let indented: { start: number; end: number } | null = null;
  let previousBlank = true;
  // Whether the last block before a blank line was a list: 4 spaces then continue an item, 8 make code.
  let inList = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const block = blockLine(line);
    blocks[i] = block;
    const { prefix, blank, indent, tabbed, body } = block;
    // A fence as the image lints see it: indented by spaces only, any number of them, inside quotes too.
    const run = tabbed ? null : block.fence;
    const wasNested = nested !== null;
    if (nested) {
      if (
        run &&
        run.marker.charCodeAt(0) === nested.marker.charCodeAt(0) &&
        run.marker.length >= nested.marker.length
      ) {
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
        if (indent < 4 && listMarker.test(body)) inList = true;
        else if (previousBlank && indent < 4) inList = false;
      }
    }
    previousBlank = blank;

    // A top-level fence: outside quotes, indented by at most 3 spaces.
    const open = prefix === '' && indent < 4 ? run : null;
    if (fence) {
      if (
        open &&
        open.marker.charCodeAt(0) === fence.marker.charCodeAt(0) &&
        open.marker.length >= fence.marker.length
      ) {
        code.push({ start: fence.start, end: line.end });
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
      code.push({ start: line.start + m.index, end: line.start + m.index + m[0].length });
    }
  }
  const end = lines[lines.length - 1]?.next ?? 0;
  if (fence) code.push({ start: fence.start, end });
  if (nested) hidden.push({ start: nested.start, end, kind: 'code', graded: false });
  if (indented) hidden.push({ ...indented, kind: 'code', graded: true });
  if (text.includes('<!--')) {
    const inCode = (at: number): boolean =>
      code.some((r) => r.start <= at && at < r.end) || hidden.some((r) => r.start <= at && at < r.end);
    for (const m of text.matchAll(/<!--[\s\S]*?-->/g)) {
      if (!inCode(m.index))
        hidden.push({ start: m.index, end: m.index + m[0].length, kind: 'comment', graded: true });
    }
  }
  return { lines: blocks, code, hidden };
};
