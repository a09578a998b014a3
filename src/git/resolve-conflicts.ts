import { relative } from 'node:path';
import { ReportError } from '../io/report-error.js';
import { markerConflicts } from '../report/merge/marker-conflicts.js';
import { conflictMarkerLine } from '../report/merge/conflict-marker-line.js';
import { type ConflictChoice, type ReportMerge, resolveChunks } from '../report/merge/merge-reports.js';
import { reportRegions } from '../report/merge/report-regions.js';
import type { RunGit } from './run-git.js';

/** The index's three versions of an unmerged report (stages 1, 2, 3), or null when it is not unmerged. */
export const indexStages = async (
  git: RunGit,
  root: string,
  path: string,
): Promise<[string, string, string] | null> => {
  const listing = await git(['ls-files', '-u', '-z', '--', relative(root, path)], root);
  if (listing === null || listing === '') return null;
  const blobs = new Map<string, string>();
  for (const record of listing.split('\0').filter(Boolean)) {
    const m = /^\d+ ([0-9a-f]+) ([123])\t/.exec(record);
    if (m) blobs.set(m[2]!, m[1]!);
  }
  if (blobs.size !== 3) return null;
  const texts = await Promise.all(
    ['1', '2', '3'].map((stage) => git(['cat-file', 'blob', blobs.get(stage)!], root)),
  );
  return texts.every((t) => t !== null) ? (texts as [string, string, string]) : null;
};

/** Both sides in order, the first ended with a line break so that the second starts on its own line. */
export const both = (ours: string, theirs: string, eol: string): string =>
  ours === '' || /[\r\n]$/.test(ours) ? ours + theirs : ours + eol + theirs;

/** A resolved text, the labels of what was resolved, and a line to show when the markers were not the driver's. */
export interface Outcome {
  text: string;
  resolved: string[];
  note: string | null;
}

/**
 * The report with the chosen conflicts resolved from the index's versions, merged region by region: in the file as
 * it is when it has the same regions (markers the driver wrote), else the whole report merged anew.
 */
export const fromStages = (
  text: string,
  merged: Extract<ReportMerge, { ok: true }>,
  chosen: (question: number | null, key: string) => boolean,
  choice: ConflictChoice,
): Outcome => {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const eol = /\r\n|\r|\n/.exec(text)?.[0] ?? '\n';
  const keys = merged.regions.map((r) => r.key).join('\n');
  const current = [true, false]
    .map((perItem) => reportRegions(text.slice(bom.length), perItem))
    .find((regions) => regions?.map((r) => r.key).join('\n') === keys);
  const resolved: string[] = [];
  const parts = merged.regions.map((region, i) => {
    const now = current?.[i]?.text ?? region.text;
    if (region.chunks === null || !conflictMarkerLine.test(now) || !chosen(region.question, region.key))
      return now;
    resolved.push(region.label);
    return resolveChunks(region.chunks, choice, eol);
  });
  return {
    text: bom + parts.join(''),
    resolved,
    note: current
      ? null
      : "The report's markers came from git's line merge: it is merged again from the index's three versions, question by question.",
  };
};

/**
 * The report with the chosen conflicts written with markers replaced by the chosen side(s); `key` is `marker:N`, the
 * conflict's place among the file's conflicts.
 */
export const fromMarkers = (
  text: string,
  chosen: (question: number | null, key: string) => boolean,
  choice: ConflictChoice,
): Outcome => {
  const found = markerConflicts(text);
  if (!found.ok)
    throw new ReportError(
      `Cannot read the conflict markers one by one: ${found.reason}. Resolve them in an editor.`,
    );
  const eol = /\r\n|\r|\n/.exec(text)?.[0] ?? '\n';
  let out = '';
  let at = 0;
  const resolved: string[] = [];
  for (const [index, conflict] of found.conflicts.entries()) {
    if (!chosen(conflict.question, `marker:${index}`)) continue;
    const side =
      choice === 'ours'
        ? conflict.ours
        : choice === 'theirs'
          ? conflict.theirs
          : both(conflict.ours, conflict.theirs, eol);
    out += text.slice(at, conflict.start) + side;
    at = conflict.end;
    resolved.push(
      conflict.question === null ? `the conflict on "${conflict.label}"` : `Question ${conflict.question}`,
    );
  }
  return { text: out + text.slice(at), resolved, note: null };
};
