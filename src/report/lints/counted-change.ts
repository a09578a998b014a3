import type { Counts } from './lint.js';
import type { ReportPySlice } from './report-py-slices.js';
import { reportPyCounts } from './report-py-counts.js';

/**
 * How much report.py's count of an answer drops when `text.slice(start, end)` is replaced by `replacement`: the counts
 * of the report.py slice holding it, before minus after (words glued to it can merge), or zero outside every slice.
 * Only for edits that add no `Answer:` or `#`, which would move the slices themselves.
 */
export const countedChange = (
  text: string,
  slices: ReportPySlice[],
  start: number,
  end: number,
  replacement = '',
): Counts => {
  const slice = slices.find((s) => s.start <= start && end <= s.end);
  if (!slice) return { words: 0, images: 0 };
  const before = reportPyCounts(text.slice(slice.start, slice.end));
  const after = reportPyCounts(text.slice(slice.start, start) + replacement + text.slice(end, slice.end));
  return { words: before.words - after.words, images: before.images - after.images };
};
