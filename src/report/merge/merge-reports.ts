import type { Report } from '../model.js';
import { parseReport } from '../parse-report.js';
import { conflictMarkerLine } from './conflict-marker-line.js';
import { type MergeChunk, mergeLines } from './merge-lines.js';
import { type ReportRegion, reportRegions } from './report-regions.js';
import { sameIgnoringWhitespace, whitespaceKey } from './same-ignoring-whitespace.js';
import { splitKeepingEnds } from './split-keeping-ends.js';

/** One region of the merged report: the three versions' texts and what the merge made of them. */
export interface MergedRegion {
  key: string;
  /** What its conflict markers say: `Question 31`, `Checklist item 4`. */
  label: string;
  question: number | null;
  item: number | null;
  base: string;
  ours: string;
  theirs: string;
  /** The line merge when both sides changed it and it conflicts (choose a side per conflict), else null. */
  chunks: MergeChunk[] | null;
  /** The region as written: merged, or with conflict markers when `chunks` is set. */
  text: string;
}

/** A report merged region by region, or why it could not be (the caller then runs git's own line merge). */
export type ReportMerge =
  | { ok: true; text: string; regions: MergedRegion[]; conflicts: MergedRegion[] }
  | { ok: false; reason: string };

/** Which side of a conflict to keep; `both`: ours, then theirs. */
export type ConflictChoice = 'ours' | 'theirs' | 'both';

const names = ['base', 'ours', 'theirs'] as const;
const lineBreak = /\r\n|\r|\n/;

/** Why a version cannot be merged region by region (empty, markers already in it), or null. */
const refuse = (text: string, name: string): string | null => {
  if (text.length === 0) return `the ${name} version is empty (was the report deleted on one branch?)`;
  if (text.includes('\0')) return `the ${name} version is binary (it holds NUL bytes)`;
  const marker = conflictMarkerLine.exec(text);
  if (marker) {
    const line = text.slice(0, marker.index).split(lineBreak).length;
    return `the ${name} version already holds a conflict marker on line ${line} ("${marker[0].slice(0, 7)}")`;
  }
  return null;
};

/** The line break a text uses first (LF when it has none). */
const eolOf = (text: string): string => lineBreak.exec(text)?.[0] ?? '\n';

/** The text with every line break made `eol`. */
const withEol = (text: string, eol: string): string => text.replace(/\r\n|\r|\n/g, eol);

/** The lines of one conflict side, the last one ended with `eol` so that a marker never joins it. */
const closed = (lines: readonly string[], eol: string): string => {
  const text = lines.join('');
  return text === '' || /[\r\n]$/.test(text) ? text : text + eol;
};

/** A line merge's text with each conflict resolved by `choice`. */
export const resolveChunks = (chunks: readonly MergeChunk[], choice: ConflictChoice, eol = '\n'): string =>
  chunks
    .map((chunk) => {
      if (chunk.kind === 'clean') return chunk.lines.join('');
      if (choice === 'ours') return chunk.ours.join('');
      if (choice === 'theirs') return chunk.theirs.join('');
      return closed(chunk.ours, eol) + chunk.theirs.join('');
    })
    .join('');

/** A line merge's text with standard conflict markers, labelled with the region (`<<<<<<< ours (Question 31)`). */
const withMarkers = (chunks: readonly MergeChunk[], label: string, eol: string): string =>
  chunks
    .map((chunk) =>
      chunk.kind === 'clean'
        ? chunk.lines.join('')
        : `<<<<<<< ours (${label})${eol}${closed(chunk.ours, eol)}=======${eol}` +
          `${closed(chunk.theirs, eol)}>>>>>>> theirs (${label})${eol}`,
    )
    .join('');

/** The merge of one text: a side that changed it wins; both changed it alike, ours; else null (both changed it). */
const pick = (base: string, ours: string, theirs: string, atEnd: boolean): string | null => {
  if (sameIgnoringWhitespace(base, theirs, atEnd)) return ours;
  if (sameIgnoringWhitespace(base, ours, atEnd)) return theirs;
  if (sameIgnoringWhitespace(ours, theirs, atEnd)) return ours;
  return null;
};

/** A checklist item both sides changed: its box and its wording merged apart (a tick here, a rewording there). */
const mergeItem = (regions: readonly ReportRegion[]): string | null => {
  const [base, ours, theirs] = regions as [ReportRegion, ReportRegion, ReportRegion];
  if (base.markAt === null || ours.markAt === null || theirs.markAt === null) return null;
  const mark = (r: ReportRegion): string => r.text[r.markAt!]!;
  const body = (r: ReportRegion): string => r.text.slice(0, r.markAt!) + ' ' + r.text.slice(r.markAt! + 1);
  const ticked = (m: string): boolean => m !== ' ';
  const text = pick(body(base), body(ours), body(theirs), false);
  if (text === null) return null;
  const from = text === body(ours) ? ours : theirs;
  const chosenMark = ticked(mark(ours)) === ticked(mark(base)) ? mark(theirs) : mark(ours);
  return text.slice(0, from.markAt!) + chosenMark + text.slice(from.markAt! + 1);
};

/** The three versions' regions with one skeleton (checklist per item when it can be), or why there is none. */
const alignedRegions = (texts: readonly string[]): ReportRegion[][] | string => {
  const reports = texts.map((text) => parseReport(text));
  for (const perItem of [true, false]) {
    const regions = texts.map((text, i) => reportRegions(text, perItem, reports[i]));
    if (regions.some((r) => r === null)) continue;
    const keys = regions.map((r) => r!.map((region) => region.key).join('\n'));
    if (keys[1] === keys[0] && keys[2] === keys[0]) return regions as ReportRegion[][];
  }
  const describe = (report: Report, i: number): string =>
    `${names[i]} has ${report.questions.length} question headings and ${report.items.length} checklist items`;
  return `the three versions do not share one structure (${reports.map(describe).join(', ')})`;
};

/**
 * Merges three versions of a report region by region (see `reportRegions`): a region one side changed takes that
 * side; both changed alike, ours; changes in trailing whitespace or line endings alone are no change. A region both
 * changed is merged line by line inside it alone (a checklist item: box and wording apart), and what still
 * conflicts gets markers inside that region only. Ours's BOM and line ending are kept. When a version is empty,
 * binary, holds conflict markers or has another structure, it says why instead (the caller falls back to git).
 */
export const mergeReports = (baseText: string, oursText: string, theirsText: string): ReportMerge => {
  const given = [baseText, oursText, theirsText];
  for (let i = 0; i < 3; i++) {
    const reason = refuse(given[i]!, names[i]!);
    if (reason !== null) return { ok: false, reason };
  }
  const bom = oursText.startsWith('\uFEFF') ? '\uFEFF' : '';
  const eol = eolOf(oursText);
  // The others' line breaks as ours's: whatever is taken from them reads like the rest of the file.
  const texts = given.map((text, i) => {
    const bare = text.replace(/^\uFEFF/, '');
    return i !== 1 && eolOf(bare) !== eol ? withEol(bare, eol) : bare;
  });
  const aligned = alignedRegions(texts);
  if (typeof aligned === 'string') return { ok: false, reason: aligned };
  const [bases, ourRegions, theirRegions] = aligned as [ReportRegion[], ReportRegion[], ReportRegion[]];
  const lastWithText = ourRegions.findLastIndex(
    (r, i) => r.text !== '' || bases[i]!.text !== '' || theirRegions[i]!.text !== '',
  );
  const regions = ourRegions.map((region, i): MergedRegion => {
    const [base, ours, theirs] = [bases[i]!, region, theirRegions[i]!];
    // The last region with text in any version holds the file's end, whose final line breaks are no change.
    const atEnd = i >= lastWithText;
    const common = {
      key: region.key,
      label: region.label,
      question: region.question,
      item: region.item,
      base: base.text,
      ours: ours.text,
      theirs: theirs.text,
    };
    const taken =
      pick(base.text, ours.text, theirs.text, atEnd) ??
      (region.item === null ? null : mergeItem([base, ours, theirs]));
    if (taken !== null) return { ...common, chunks: null, text: taken };
    const key = (line: string): string => whitespaceKey(line, true);
    const chunks = mergeLines(
      splitKeepingEnds(base.text),
      splitKeepingEnds(ours.text),
      splitKeepingEnds(theirs.text),
      key,
    );
    if (chunks.every((c) => c.kind === 'clean'))
      return { ...common, chunks: null, text: resolveChunks(chunks, 'ours') };
    return { ...common, chunks, text: withMarkers(chunks, region.label, eol) };
  });
  return {
    ok: true,
    text: bom + regions.map((r) => r.text).join(''),
    regions,
    conflicts: regions.filter((r) => r.chunks !== null),
  };
};
