import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../src/report/check-report.js';
import { mergeReports } from '../../src/report/merge/merge-reports.js';
import { parseReport } from '../../src/report/parse-report.js';
import { tempFolders } from '../helpers/temp-folders.js';

// The shared merge corpus sits beside the repository on team machines and in CI; a lone clone has none.
const corpus = join(import.meta.dirname, '../../../shared/corpus/merges');
const present = existsSync(join(corpus, 'index.json'));
if (!present && process.env.CI === 'true')
  throw new Error(`merge corpus acceptance: ${corpus} is missing under CI=true.`);
if (!present)
  console.warn(`SKIPPED merge corpus acceptance: ${corpus} not found (it lives beside the repository).`);

interface Meta {
  questions_changed_ours_ignoring_ws: number[];
  questions_changed_theirs_ignoring_ws: number[];
  checklist_items_changed_ours: number[];
  checklist_items_changed_theirs: number[];
  whitespace_only: boolean;
  hunks: { regions_ours: string[]; regions_theirs: string[] }[];
}

const cases = present ? readdirSync(corpus).filter((name) => !name.includes('.')) : [];
const temp = tempFolders();
const bin = join(import.meta.dirname, '../../bin/report-wizard.js');
const decode = (bytes: Uint8Array): string => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
const key = (line: string): string => line.replace(/[ \t\r]+$/, '');
const linesOf = (text: string): string[] =>
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map(key);
const norm = (text: string): string =>
  text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .trim();
const answers = (text: string): Map<number, string> => {
  const map = new Map<number, string>();
  // Only questions with an `Answer:`: without one, parseReport reads no answer to compare.
  for (const q of parseReport(text).questions)
    if (!map.has(q.number) && q.answerMarker !== null) map.set(q.number, norm(q.answer));
  return map;
};

/** Runs the built merge driver on a copy of a case, as git would, and gives its exit code, stderr and result. */
const runDriver = (name: string): { status: number; stderr: string; result: Uint8Array } => {
  const dir = temp('merge-case-');
  for (const side of ['base', 'ours', 'theirs']) {
    copyFileSync(join(corpus, name, `${side}.md`), join(dir, side));
    chmodSync(join(dir, side), 0o644);
  }
  const run = spawnSync(
    process.execPath,
    [bin, 'merge-driver', 'base', 'ours', 'theirs', 'reports/README.md'],
    {
      cwd: dir,
      encoding: 'utf8',
    },
  );
  return { status: run.status!, stderr: run.stderr, result: readFileSync(join(dir, 'ours')) };
};

/** `git merge-file -p` of a case: what the driver must give when it falls back. */
const gitMerge = (name: string): Buffer => {
  const dir = join(corpus, name);
  try {
    return execFileSync(
      'git',
      ['merge-file', '-p', '-L', 'ours', '-L', 'base', '-L', 'theirs', 'ours.md', 'base.md', 'theirs.md'],
      { cwd: dir },
    );
  } catch (error) {
    return (error as { stdout: Buffer }).stdout;
  }
};

describe.skipIf(!present)('merge corpus acceptance (../shared/corpus/merges)', () => {
  it('should find the cases of the index', () => {
    const index = JSON.parse(readFileSync(join(corpus, 'index.json'), 'utf8')) as {
      stats: { shared_conflicts: number; shared_controls: number };
    };
    expect(cases).toHaveLength(index.stats.shared_conflicts + index.stats.shared_controls);
  });

  it.each(cases)('should merge %s without losing a line, by region where the structure allows', (name) => {
    const [base, ours, theirs] = ['base', 'ours', 'theirs'].map((side) =>
      decode(readFileSync(join(corpus, name, `${side}.md`))),
    );
    const meta = JSON.parse(readFileSync(join(corpus, name, 'meta.json'), 'utf8')) as Meta;
    const merged = mergeReports(base!, ours!, theirs!);
    const driver = runDriver(name);
    if (!merged.ok) {
      // The fallback: exactly git's own line merge, with a message saying why.
      expect(driver.stderr).toContain(merged.reason);
      expect(driver.stderr).toContain("using git's own line merge (git merge-file)");
      expect(Buffer.from(driver.result).equals(gitMerge(name))).toBe(true);
      return;
    }
    expect(decode(driver.result)).toBe(merged.text);
    expect(driver.status).toBe(merged.conflicts.length === 0 ? 0 : 1);
    // No line lost: every line a side added is in the result, merged or inside markers.
    const result = new Set(linesOf(merged.text));
    const baseLines = new Set(linesOf(base!));
    for (const side of [ours!, theirs!])
      for (const line of linesOf(side)) if (!baseLines.has(line)) expect(result).toContain(line);
    const oursChanged = new Set(meta.questions_changed_ours_ignoring_ws);
    const theirsChanged = new Set(meta.questions_changed_theirs_ignoring_ws);
    const both = [...oursChanged].filter((q) => theirsChanged.has(q));
    const itemsBoth = meta.checklist_items_changed_ours.filter((i) =>
      meta.checklist_items_changed_theirs.includes(i),
    );
    // Both sides touching one region outside the answers (the text after the last answer, a prompt) may conflict.
    const sharedOther = meta.hunks.some((h) =>
      h.regions_ours.some(
        (r) =>
          !r.endsWith('.answer') && r !== 'checklist' && r !== 'eof_newline' && h.regions_theirs.includes(r),
      ),
    );
    if (
      name.endsWith('+clean') ||
      meta.whitespace_only ||
      (both.length === 0 && itemsBoth.length === 0 && !sharedOther)
    )
      expect(merged.conflicts.map((c) => c.label)).toEqual([]);
    // Markers only inside answers both sides changed (or regions both touched).
    for (const conflict of merged.conflicts) {
      if (conflict.key.endsWith('.answer')) expect(both).toContain(conflict.question);
      else expect(sharedOther || itemsBoth.length > 0).toBe(true);
    }
    if (merged.conflicts.length > 0) return;
    // Clean: each question equals the side that changed it; untouched ones count as base's did.
    const [b, o, t, m] = [base!, ours!, theirs!, merged.text].map(answers);
    const counts = (text: string): Map<number, number | undefined> => {
      // A report report.py refuses (a side broke it) has no counts to compare.
      const words = checkReport(text).questions;
      return new Map(parseReport(text).questions.map((q, i) => [q.number, words[i]?.words]));
    };
    const [baseCounts, mergedCounts] = [counts(base!), counts(merged.text)];
    const comparable = checkReport(merged.text).fatal === null && checkReport(base!).fatal === null;
    for (const [n, answer] of m!) {
      if (!b!.has(n) || !o!.has(n) || !t!.has(n)) continue;
      const [oursDiffers, theirsDiffers] = [o!.get(n) !== b!.get(n), t!.get(n) !== b!.get(n)];
      if (oursDiffers && !theirsDiffers) expect(answer).toBe(o!.get(n));
      else if (theirsDiffers && !oursDiffers) expect(answer).toBe(t!.get(n));
      else if (!oursDiffers && !theirsDiffers) {
        expect(answer).toBe(b!.get(n));
        if (comparable) expect([n, mergedCounts.get(n)]).toEqual([n, baseCounts.get(n)]);
      }
    }
  });
});
