/** The index of the next (`step` 1) or previous (-1) failing row after `at`, going round the list; null if none. */
export const nextFailing = (passes: readonly boolean[], at: number, step: 1 | -1): number | null => {
  const length = passes.length;
  for (let n = 1; n <= length; n++) {
    const index = (((at + step * n) % length) + length) % length;
    if (!passes[index]) return index;
  }
  return null;
};
