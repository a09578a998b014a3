import type { Counts } from './lint.js';
import type { ReportPySlice } from '../report-py-slices.js';
import { reportPyCounts } from './report-py-counts.js';

/**
 * How much report.py's counts drop when `text.slice(start, end)` is replaced by `replacement`: over the report.py
 * slices holding it (two when a `###` in the last chunk makes report.py keep it twice), before minus after, as words
 * glued to it can merge; zero outside every slice. Only for edits that add or remove no `Answer:` or `#`, which would
 * move the slices themselves.
 */
export const countedChange = (
  text: string,
  slices: ReportPySlice[],
  start: number,
  end: number,
  replacement = '',
): Counts => {
  const change = { words: 0, images: 0 };
  for (const slice of slices) {
    if (!(slice.start <= start && end <= slice.end)) continue;
    const before = reportPyCounts(text.slice(slice.start, slice.end));
    const after = reportPyCounts(text.slice(slice.start, start) + replacement + text.slice(end, slice.end));
    change.words += before.words - after.words;
    change.images += before.images - after.images;
  }
  return change;
};
