import type { CheckerVersion } from './generations.js';

/** One answer as report.py keeps it: `text.slice(start, end)` (before universal newlines and `strip("\n")`). */
export interface ReportPySlice {
  start: number;
  end: number;
  /** Where the chunk between two `Answer:` markers ends (the next marker, or the end of the text). */
  chunkEnd: number;
  /** Whether this is the last chunk, which report.py appends whole after its loop. */
  last: boolean;
}

/** How report.py slices a report, as offsets into the text it was given. */
export interface ReportPySplit {
  /** The answers report.py checks, in order. */
  slices: ReportPySlice[];
  /** The exception report.py raises while slicing (`IndexError: …`), or null. */
  fatal: string | null;
}

/** The literal report.py splits a report at (`text.split("Answer:")`). */
export const answerMarker = 'Answer:';
const marker = answerMarker;

/** Offset of every literal `Answer:`: report.py's `text.split("Answer:")` splits at each. */
export const answerMarkers = (text: string): number[] => {
  const markers: number[] = [];
  for (let at = text.indexOf(marker); at !== -1; at = text.indexOf(marker, at + marker.length))
    markers.push(at);
  return markers;
};

/**
 * The offset after report.py's `text[n:]`: Python counts code points of the text after universal newlines, where
 * `\r\n` is one character.
 */
const pythonOffset = (text: string, n: number): number => {
  let offset = 0;
  for (let k = 0; k < n && offset < text.length; k++) {
    const code = text.charCodeAt(offset);
    offset +=
      code === 13 && text.charCodeAt(offset + 1) === 10 ? 2 : text.codePointAt(offset)! > 0xffff ? 2 : 1;
  }
  return offset;
};

/** A chunk kept by the loop (it holds `###`): cut at its first `###`, then at the first `##` before that. */
const keptSlice = (text: string, start: number, chunkEnd: number): ReportPySlice | null => {
  const h3 = text.indexOf('###', start);
  if (h3 === -1 || h3 + 3 > chunkEnd) return null;
  // `##` occurs at the latest where `###` does.
  return { start, end: text.indexOf('##', start), chunkEnd, last: false };
};

/**
 * report.py's split as offsets, for its two algorithms (`checker.algorithm`; today's by default): split on
 * `Answer:`, keep the chunks holding `###` cut there and then at `##`, and append the last chunk whole. `current`
 * drops the first chunk (IndexError when there is no other); `legacy` (up to 2024-11-25) first drops 43 characters,
 * keeps the first chunk like the others, and drops the first kept one. Splitting the text before or after universal
 * newlines gives the same chunks (no boundary falls inside `\r\n`), so the offsets point into the text as read.
 */
export const reportPySplit = (
  text: string,
  algorithm: CheckerVersion['algorithm'] = 'current',
  markers: readonly number[] = answerMarkers(text),
): ReportPySplit => {
  const from = algorithm === 'legacy' ? pythonOffset(text, 43) : 0;
  const chunkStarts = [from];
  for (const at of markers) if (at >= from) chunkStarts.push(at + marker.length);
  if (algorithm === 'current') {
    chunkStarts.shift();
    if (chunkStarts.length === 0) return { slices: [], fatal: 'IndexError: list index out of range' };
  }
  const chunkEnd = (i: number): number =>
    i + 1 < chunkStarts.length ? chunkStarts[i + 1]! - marker.length : text.length;
  const slices: ReportPySlice[] = [];
  chunkStarts.forEach((start, i) => {
    const kept = keptSlice(text, start, chunkEnd(i));
    if (kept) slices.push(kept);
  });
  const lastStart = chunkStarts[chunkStarts.length - 1]!;
  const lastEnd = text.length;
  slices.push({ start: lastStart, end: lastEnd, chunkEnd: lastEnd, last: true });
  if (algorithm === 'legacy') slices.shift();
  return { slices, fatal: null };
};

/** Today's report.py slices (none when the text has no `Answer:`), for lints that point at lines. */
export const reportPySlices = (text: string, markers?: readonly number[]): ReportPySlice[] =>
  reportPySplit(text, 'current', markers).slices;
