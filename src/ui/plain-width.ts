// Runs [first, last, cells] of code points that string-width measures without its grapheme segmenter or its emoji
// regular expression: each is a grapheme cluster of its own next to any other of them or printable ASCII
// (Grapheme_Cluster_Break Other, no emoji presentation), and string-width gives each the cells stated. Latin to
// Cyrillic, punctuation, currency, letterlike, arrows, mathematics, box drawing, blocks, geometric shapes, the
// wizard's own marks (⚠ ✓ ✗ ❯), Braille (the spinner), CJK ideographs and Hangul syllables.
// test/ui/plain-width.test.ts checks every one against string-width and Intl.Segmenter.
const runs: readonly (readonly [number, number, number])[] = [
  [0x00a0, 0x00ac, 1],
  [0x00ae, 0x02ff, 1],
  [0x0370, 0x0482, 1],
  [0x048a, 0x052f, 1],
  [0x2010, 0x2027, 1],
  [0x2030, 0x205e, 1],
  [0x2070, 0x20c0, 1],
  [0x2100, 0x218b, 1],
  [0x2190, 0x22ff, 1],
  [0x2500, 0x25fc, 1],
  [0x2694, 0x26a0, 1],
  [0x270c, 0x2727, 1],
  [0x2758, 0x2794, 1],
  [0x2800, 0x28ff, 1],
  [0x4e00, 0x9fff, 2],
  [0xac00, 0xd7a3, 2],
];

/** Terminal cells of one UTF-16 code unit when it is printable ASCII or in the runs above; otherwise undefined. */
export const plainWidth = (code: number): number | undefined => {
  if (code >= 0x20 && code <= 0x7e) return 1;
  for (const [first, last, cells] of runs) {
    if (code < first) return undefined;
    if (code <= last) return cells;
  }
  return undefined;
};
