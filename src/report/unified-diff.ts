type Op = { kind: ' ' | '-' | '+'; line: string; oldNo: number; newNo: number };

const context = 3;

// Lines keep their terminator so a change of line ending alone still shows; a file without a final newline
// simply has a last line without one.
const splitLines = (text: string): string[] => text.match(/[^\n]*\n|[^\n]+$/g) ?? [];

/** Myers' O(ND) shortest edit script, as the list of kept, removed and added lines. */
const editScript = (a: string[], b: string[]): Op[] => {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  search: for (let d = 0; d <= max; d++) {
    // Only diagonals -d-1..d+1 are read back for this round: keep just those (memory O(D²), not O(D·(N+M))).
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!)
          ? v[offset + k + 1]!
          : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) break search;
    }
  }
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const vd = trace[d]!;
    const at = (diagonal: number): number => vd[diagonal + d + 1]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      ops.push({ kind: ' ', line: a[x]!, oldNo: x, newNo: y });
    }
    if (d > 0) {
      if (x === prevX) ops.push({ kind: '+', line: b[prevY]!, oldNo: x, newNo: prevY });
      else ops.push({ kind: '-', line: a[prevX]!, oldNo: prevX, newNo: y });
    }
    x = prevX;
    y = prevY;
  }
  return ops.reverse();
};

const range = (start: number, length: number): string =>
  length === 1 ? `${start + 1}` : `${length === 0 ? start : start + 1},${length}`;

const show = (op: Op): string => {
  const body = op.line.endsWith('\n') ? op.line.slice(0, op.line.endsWith('\r\n') ? -2 : -1) : op.line;
  const line = `${op.kind}${body}\n`;
  return op.line.endsWith('\n') ? line : `${line}\\ No newline at end of file\n`;
};

/** The `diff -u` of two texts (three lines of context), headed by `path`; empty when they are equal. */
export const unifiedDiff = (oldText: string, newText: string, path: string): string => {
  if (oldText === newText) return '';
  const ops = editScript(splitLines(oldText), splitLines(newText));
  const changed = ops.flatMap((op, i) => (op.kind === ' ' ? [] : [i]));
  let out = `--- ${path}\n+++ ${path}\n`;
  let i = 0;
  while (i < changed.length) {
    const first = changed[i]!;
    let last = first;
    // Changes closer than two contexts apart share one hunk.
    while (i + 1 < changed.length && changed[i + 1]! - last <= 2 * context) last = changed[++i]!;
    i++;
    const from = Math.max(0, first - context);
    const to = Math.min(ops.length, last + context + 1);
    const hunk = ops.slice(from, to);
    const oldLength = hunk.filter((op) => op.kind !== '+').length;
    const newLength = hunk.filter((op) => op.kind !== '-').length;
    out += `@@ -${range(hunk[0]!.oldNo, oldLength)} +${range(hunk[0]!.newNo, newLength)} @@\n`;
    out += hunk.map(show).join('');
  }
  return out;
};
