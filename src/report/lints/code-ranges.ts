import type { Span } from '../model.js';
import type { Line } from '../split-lines.js';

const fenceOpen = /^ {0,3}(`{3,}|~{3,})/;
const inlineCode = /(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g;

/** The fenced code blocks and inline code spans of a text (given as its lines), as offsets. */
export const codeRanges = (lines: readonly Line[]): Span[] => {
  const ranges: Span[] = [];
  let fence: { marker: string; start: number } | null = null;
  for (const line of lines) {
    const open = fenceOpen.exec(line.content);
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
    for (const m of line.content.matchAll(inlineCode)) {
      ranges.push({ start: line.start + m.index, end: line.start + m.index + m[0].length });
    }
  }
  const last = lines[lines.length - 1];
  if (fence) ranges.push({ start: fence.start, end: last ? last.next : 0 });
  return ranges;
};
