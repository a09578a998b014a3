import { both, fromMarkers, fromStages } from '../../../git/resolve-conflicts.js';
import { reportDoc } from '../../../report/answer/report-doc.js';
import { describeConstraint } from '../../../report/describe-constraint.js';
import { markerConflicts } from '../../../report/merge/marker-conflicts.js';
import { type ConflictChoice, type ReportMerge, resolveChunks } from '../../../report/merge/merge-reports.js';

/** Where the conflicts' sides come from: git's index (stages 1, 2, 3, merged region by region) or the file's markers. */
export type ResolveSource =
  { kind: 'index'; merge: Extract<ReportMerge, { ok: true }> } | { kind: 'markers' };

/** One side of a conflict as the Resolve screen shows it, with report.py's count of the report were it taken. */
export interface ResolveCandidate {
  text: string;
  /** `124 words (100–200) pass`, or null for a conflict outside any answer. */
  count: string | null;
  passed: boolean | null;
  /** The render warnings of that answer were it taken. */
  warnings: number;
}

/** One conflicted question or item, in report order, with its sides. */
export interface ResolveConflict {
  /** The region's key (`Q31.answer`, `item:4`) from the index, `marker:N` from markers. */
  key: string;
  label: string;
  question: number | null;
  base: string | null;
  ours: ResolveCandidate;
  theirs: ResolveCandidate;
  both: ResolveCandidate;
}

/** The conflicts left in a text, or why its markers cannot be read one by one. */
export type ResolveList = { ok: true; conflicts: ResolveConflict[] } | { ok: false; reason: string };

const eolOf = (text: string): string => /\r\n|\r|\n/.exec(text)?.[0] ?? '\n';

/** `text` with the one conflict `key` resolved by `choice` (the `resolve` command's engine); the rest is kept. */
export const resolveOne = (
  text: string,
  source: ResolveSource,
  key: string,
  choice: ConflictChoice,
): string => {
  const only = (_question: number | null, k: string): boolean => k === key;
  return source.kind === 'index'
    ? fromStages(text, source.merge, only, choice).text
    : fromMarkers(text, only, choice).text;
};

const candidate = (
  text: string,
  source: ResolveSource,
  key: string,
  choice: ConflictChoice,
  side: string,
  question: number | null,
): ResolveCandidate => {
  if (question === null) return { text: side, count: null, passed: null, warnings: 0 };
  const after = resolveOne(text, source, key, choice);
  const doc = reportDoc(after, new TextEncoder().encode(after));
  const q = doc.report.questions.find((x) => x.number === question);
  const result = q === undefined ? undefined : doc.template.check.questions[q.position];
  const warnings = doc.lints.filter((l) => l.question === question).length;
  if (result === undefined) return { text: side, count: null, passed: null, warnings };
  const limit = describeConstraint(result.constraint);
  const images = result.constraint?.images ? `, ${result.images} images` : '';
  return {
    text: side,
    count: `${result.words} words${images} (${limit}) ${result.passed ? 'pass' : 'FAIL'}`,
    passed: result.passed,
    warnings,
  };
};

const cache = new Map<string, ResolveList>();

/** Every conflict still in `text`, each side with report.py's live count and warnings were it taken. */
export const resolveConflicts = (text: string, source: ResolveSource): ResolveList => {
  const cacheKey = `${source.kind}\0${text}`;
  const known = cache.get(cacheKey);
  if (known !== undefined) return known;
  const eol = eolOf(text);
  let list: ResolveList;
  if (source.kind === 'index') {
    const conflicts = source.merge.conflicts
      .filter((c) => c.chunks !== null)
      // Still conflicted in the file: resolving it would change something.
      .filter((c) => fromStages(text, source.merge, (_q, k) => k === c.key, 'ours').resolved.length > 0)
      .map((c) => ({
        key: c.key,
        label: c.label,
        question: c.question,
        base: c.base,
        ours: candidate(text, source, c.key, 'ours', c.ours, c.question),
        theirs: candidate(text, source, c.key, 'theirs', c.theirs, c.question),
        both: candidate(text, source, c.key, 'both', resolveChunks(c.chunks ?? [], 'both', eol), c.question),
      }));
    list = { ok: true, conflicts };
  } else {
    const found = markerConflicts(text);
    list = !found.ok
      ? { ok: false, reason: found.reason }
      : {
          ok: true,
          conflicts: found.conflicts.map((c, i) => {
            const key = `marker:${i}`;
            return {
              key,
              label: c.question === null ? `The conflict on "${c.label}"` : `Question ${c.question}`,
              question: c.question,
              base: c.base,
              ours: candidate(text, source, key, 'ours', c.ours, c.question),
              theirs: candidate(text, source, key, 'theirs', c.theirs, c.question),
              both: candidate(text, source, key, 'both', both(c.ours, c.theirs, eol), c.question),
            };
          }),
        };
  }
  if (cache.size > 20) cache.clear();
  cache.set(cacheKey, list);
  return list;
};
