/** A run of lines that differ: `a[aStart, aEnd)` was replaced by `b[bStart, bEnd)`. */
export interface LineHunk {
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
}

// Above this many table cells a longest-common-subsequence table costs too much memory: the middle is one hunk.
const maxCells = 4_000_000;

/**
 * The hunks that turn `a` into `b`, in order, from a longest common subsequence of equal keys (after the common
 * head and tail are taken off, which is most of a report's answer).
 */
export const diffLines = (a: readonly string[], b: readonly string[]): LineHunk[] => {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++;
  const n = a.length - head - tail;
  const m = b.length - head - tail;
  if (n === 0 && m === 0) return [];
  if (n === 0 || m === 0 || (n + 1) * (m + 1) > maxCells)
    return [{ aStart: head, aEnd: head + n, bStart: head, bEnd: head + m }];
  // lcs[i * (m + 1) + j]: the longest common subsequence of a's middle from i and b's middle from j.
  const width = m + 1;
  const lcs = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i * width + j] =
        a[head + i] === b[head + j]
          ? lcs[(i + 1) * width + j + 1]! + 1
          : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
  const hunks: LineHunk[] = [];
  let open: LineHunk | null = null;
  let i = 0;
  let j = 0;
  const extend = (deleteLine: boolean): void => {
    open ??= { aStart: head + i, aEnd: head + i, bStart: head + j, bEnd: head + j };
    if (deleteLine) open.aEnd = head + ++i;
    else open.bEnd = head + ++j;
  };
  while (i < n || j < m) {
    if (i < n && j < m && a[head + i] === b[head + j]) {
      if (open) hunks.push(open);
      open = null;
      i++;
      j++;
    } else if (j >= m || (i < n && lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!)) extend(true);
    else extend(false);
  }
  if (open) hunks.push(open);
  return hunks;
};
