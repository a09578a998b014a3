import { diffLines, type LineHunk } from './diff-lines.js';

/** A stretch of a line merge: lines both sides agree on, or a conflict with each side's lines. */
export type MergeChunk =
  { kind: 'clean'; lines: string[] } | { kind: 'conflict'; base: string[]; ours: string[]; theirs: string[] };

interface SideHunk extends LineHunk {
  side: 'ours' | 'theirs';
}

/** The lines of one side over base's `[start, end)`, from that side's hunks there (none: base's lines). */
const sideLines = (
  base: readonly string[],
  side: readonly string[],
  hunks: readonly SideHunk[],
  start: number,
  end: number,
): string[] => {
  if (hunks.length === 0) return base.slice(start, end);
  const first = hunks[0]!;
  const last = hunks.at(-1)!;
  return side.slice(first.bStart - (first.aStart - start), last.bEnd + (end - last.aEnd));
};

/**
 * A three-way line merge as git's diff3 does it: a change on one side is taken; changes of both sides that overlap
 * or touch (adjacent lines, or insertions at one place) conflict unless they are the same; a conflict keeps out the
 * lines both sides share at its start and end (git's "zealous" level). Lines are compared by `key` (the merge
 * passes one that ignores trailing whitespace); the lines themselves are kept, ours where both agree.
 */
export const mergeLines = (
  base: readonly string[],
  ours: readonly string[],
  theirs: readonly string[],
  key: (line: string) => string = (line) => line,
): MergeChunk[] => {
  const [b, o, t] = [base.map(key), ours.map(key), theirs.map(key)];
  const hunks: SideHunk[] = [
    ...diffLines(b, o).map((h): SideHunk => ({ ...h, side: 'ours' })),
    ...diffLines(b, t).map((h): SideHunk => ({ ...h, side: 'theirs' })),
  ].sort((x, y) => x.aStart - y.aStart || x.aEnd - y.aEnd);
  const chunks: MergeChunk[] = [];
  const clean = (lines: string[]): void => {
    if (lines.length === 0) return;
    const last = chunks.at(-1);
    if (last?.kind === 'clean') last.lines.push(...lines);
    else chunks.push({ kind: 'clean', lines });
  };
  // `done`: base's lines merged so far; `oursAt`: where ours is at that point.
  let done = 0;
  let oursAt = 0;
  for (let i = 0; i < hunks.length;) {
    const start = hunks[i]!.aStart;
    let end = hunks[i]!.aEnd;
    let j = i + 1;
    // `<=`: changes on adjacent lines conflict, as in git.
    while (j < hunks.length && hunks[j]!.aStart <= end) end = Math.max(end, hunks[j++]!.aEnd);
    const group = hunks.slice(i, j);
    i = j;
    // Lines no side changed, as ours has them (its whitespace kept).
    const ourStart = oursAt + (start - done);
    clean(ours.slice(oursAt, ourStart));
    const ourHunks = group.filter((h) => h.side === 'ours');
    const theirHunks = group.filter((h) => h.side === 'theirs');
    const mine =
      ourHunks.length === 0
        ? ours.slice(ourStart, ourStart + (end - start))
        : sideLines(base, ours, ourHunks, start, end);
    oursAt = ourStart + mine.length;
    done = end;
    const yours = sideLines(base, theirs, theirHunks, start, end);
    if (theirHunks.length === 0) clean(mine);
    else if (ourHunks.length === 0) clean(yours);
    else if (mine.length === yours.length && mine.every((line, k) => key(line) === key(yours[k]!)))
      clean(mine);
    else {
      let head = 0;
      while (head < mine.length && head < yours.length && key(mine[head]!) === key(yours[head]!)) head++;
      let tail = 0;
      while (
        tail < mine.length - head &&
        tail < yours.length - head &&
        key(mine[mine.length - 1 - tail]!) === key(yours[yours.length - 1 - tail]!)
      )
        tail++;
      clean(mine.slice(0, head));
      chunks.push({
        kind: 'conflict',
        base: base.slice(start, end),
        ours: mine.slice(head, mine.length - tail),
        theirs: yours.slice(head, yours.length - tail),
      });
      clean(mine.slice(mine.length - tail));
    }
  }
  clean(ours.slice(oursAt));
  return chunks;
};
