/** One answer as report.py keeps it: `text.slice(start, end)` (before its `strip("\n")`). */
export interface ReportPySlice {
  start: number;
  end: number;
  /** Where the chunk between two `Answer:` markers ends (the next marker, or the end of the text). */
  chunkEnd: number;
  /** Whether this is the last chunk, which report.py appends whole after its loop. */
  last: boolean;
}

/**
 * Today's report.py split (`text.split("Answer:")`, drop the first chunk, keep chunks holding `###` cut at `###` then
 * `##`, append the last chunk whole) as offsets into the text, so lints can point at lines. Empty without `Answer:`.
 */
export const reportPySlices = (text: string): ReportPySlice[] => {
  const starts: number[] = [];
  for (let at = text.indexOf('Answer:'); at !== -1; at = text.indexOf('Answer:', at + 7)) starts.push(at + 7);
  const chunks = starts.map((start, i) => ({
    start,
    chunkEnd: i + 1 < starts.length ? starts[i + 1]! - 7 : text.length,
  }));
  const slices: ReportPySlice[] = [];
  for (const { start, chunkEnd } of chunks) {
    const h3 = text.indexOf('###', start);
    if (h3 === -1 || h3 >= chunkEnd) continue;
    const h2 = text.indexOf('##', start);
    slices.push({ start, end: h2 < h3 ? h2 : h3, chunkEnd, last: false });
  }
  const last = chunks[chunks.length - 1];
  if (last) slices.push({ start: last.start, end: last.chunkEnd, chunkEnd: last.chunkEnd, last: true });
  return slices;
};
