import type { ReportPySlice } from '../report-py-slices.js';

/** Whether report.py counts the text at `start` to `end`: it lies inside one of the answers report.py slices out. */
export const countedByReportPy = (slices: ReportPySlice[], start: number, end: number): boolean =>
  slices.some((slice) => slice.start <= start && end <= slice.end);
