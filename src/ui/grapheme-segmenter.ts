import { plainWidth } from './plain-width.js';

/** What `graphemeSegmenter.segment` gives: Intl.Segments' iteration and `containing` (at integer offsets). */
export interface GraphemeSegments extends Iterable<Intl.SegmentData> {
  containing(index: number): Intl.SegmentData | undefined;
}

// A code unit that is a cluster of its own next to any other such: printable ASCII and the characters of
// plain-width.ts (which its test checks against Intl.Segmenter), and controls such as an ANSI escape, which break on
// both sides (UAX #29 GB4, GB5) except CR before LF (GB3).
const ownCluster = (code: number): boolean =>
  plainWidth(code) !== undefined || (code < 0x20 && code !== 0x0d) || (code >= 0x7f && code <= 0x9f);

/** The segments of text whose every code unit is a cluster of its own: one per code unit. */
const unitSegments = (input: string): GraphemeSegments => ({
  containing: (index) =>
    index >= 0 && index < input.length ? { segment: input[index]!, index, input } : undefined,
  *[Symbol.iterator]() {
    for (let index = 0; index < input.length; index++) yield { segment: input[index]!, index, input };
  },
});

let segmenter: Intl.Segmenter | undefined;

/**
 * Intl.Segmenter's grapheme clusters, with the segmenter made only for text that needs it: the first Intl.Segmenter
 * of a process loads ICU's break rules, about 97 M instructions (Node's whole start is 85 M), and a frame of the
 * wizard is mostly ASCII, box drawing and its own marks. Text made only of those and controls is split here, one code
 * unit per cluster, as the segmenter splits it. lineClusters uses it, and the wizard bundle puts it in place of the
 * segmenters Ink's ANSI tokenizer and slice-ansi make when they load (scripts/build.js, `lazyGraphemeSegmenter`).
 */
export const graphemeSegmenter = {
  segment(input: string): GraphemeSegments {
    for (let index = 0; index < input.length; index++) {
      if (!ownCluster(input.charCodeAt(index))) {
        segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
        return segmenter.segment(input);
      }
    }
    return unitSegments(input);
  },
};
