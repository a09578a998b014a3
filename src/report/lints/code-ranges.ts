import type { Span } from '../model.js';
import { splitLines } from '../split-lines.js';

// Two rules ask for the same report's code ranges: keep the last answer.
let lastText: string | null = null;
let lastRanges: Span[] = [];

/** The fenced code blocks and inline code spans of a text, as offsets. */
export const codeRanges = (text: string): Span[] => {
  if (text === lastText) return lastRanges;
  const ranges: Span[] = [];
  let fence: { marker: string; start: number } | null = null;
  for (const line of splitLines(text)) {
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(line.content);
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
  if (fence) ranges.push({ start: fence.start, end: text.length });
  lastText = text;
  lastRanges = ranges;
  return ranges;
};
