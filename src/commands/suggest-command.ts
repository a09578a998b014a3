/** Edits (insert, delete, replace, swap two neighbours) that turn `a` into `b`: optimal string alignment distance. */
const distance = (a: string, b: string): number => {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
};

/** The command a mistyped word most likely meant (`chek` → `check`), or null when none is close. */
export const suggestCommand = (word: string, names: readonly string[]): string | null => {
  const lower = word.toLowerCase();
  // Short names tolerate one edit, longer ones two: `fxi` is `fix`'s typo, `reprot` is no command's.
  let best: { name: string; edits: number } | null = null;
  for (const name of names) {
    const edits = distance(lower, name);
    if (edits <= (name.length <= 4 ? 1 : 2) && (best === null || edits < best.edits)) best = { name, edits };
  }
  return best?.name ?? null;
};
