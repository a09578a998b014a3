import type { Counts } from './lint.js';
import type { Span } from '../model.js';
import { reportPyCounts } from './report-py-counts.js';

/** Where the line holding `offset` starts, not before `floor`: after the last `\n` or `\r` before it. */
const lineStart = (text: string, offset: number, floor: number): number => {
  // lastIndexOf from -1 would still look at index 0.
  if (offset <= floor) return floor;
  const from = Math.max(text.lastIndexOf('\n', offset - 1) + 1, floor);
  // A lone `\r` is searched for on that line only: most reports have none, and a search of the whole text for one
  // cost more than counting the slice.
  return from + text.slice(from, offset).lastIndexOf('\r') + 1;
};

/** Where the line holding `offset` ends, not after `ceiling`: at the first `\n` or `\r` from it on. */
const lineEnd = (text: string, offset: number, ceiling: number): number => {
  const lf = text.indexOf('\n', offset);
  const to = lf === -1 ? ceiling : Math.min(lf, ceiling);
  const cr = text.slice(offset, to).indexOf('\r');
  return cr === -1 ? to : offset + cr;
};

/**
 * How much report.py's counts drop when `text.slice(start, end)` is replaced by `replacement`: over the report.py
 * slices holding it (two when a `###` in the last chunk makes report.py keep it twice), before minus after, as words
 * glued to it can merge; zero outside every slice. Only for edits that add or remove no `Answer:` or `#`, which would
 * move the slices themselves. Only the lines the edit touches are counted: a line break is whitespace to `str.split`
 * and ends report.py's image pattern, so no word or image reaches across one, and the rest of the slice counts the
 * same before and after (a slice is often a whole answer, counted twice for each placeholder otherwise).
 */
export const countedChange = (
  text: string,
  slices: readonly Span[],
  start: number,
  end: number,
  replacement = '',
): Counts => {
  const change = { words: 0, images: 0 };
  for (const slice of slices) {
    if (!(slice.start <= start && end <= slice.end)) continue;
    const from = lineStart(text, start, slice.start);
    const to = lineEnd(text, end, slice.end);
    const before = reportPyCounts(text.slice(from, to));
    const after = reportPyCounts(text.slice(from, start) + replacement + text.slice(end, to));
    change.words += before.words - after.words;
    change.images += before.images - after.images;
  }
  return change;
};
