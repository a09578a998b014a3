import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { clusterWidth } from '../../src/ui/cluster-width.js';
import { displayText } from '../../src/ui/display-text.js';
import { lineClusters } from '../../src/ui/line-clusters.js';
import { sliceCells } from '../../src/ui/slice-cells.js';
import { textWidth } from '../../src/ui/text-width.js';
import { verticalMove } from '../../src/ui/vertical-move.js';
import { visualCursor } from '../../src/ui/visual-cursor.js';
import { wrapLine } from '../../src/ui/wrap-line.js';
import { wrapLines } from '../../src/ui/wrap-lines.js';

// Every width the editor computes must be the one Ink lays out with: string-width's, of the text as the editor draws
// it (displayText: an emoji sequence as its parts, which every terminal draws in the cells string-width counts).
const inkWidth = (text: string): number => stringWidth(displayText(text));
const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
const samples: Record<string, string> = {
  ascii: 'plain text',
  latin: 'æøå Ærø',
  cjk: '中文字符',
  hangulSyllables: '한국어',
  hangulJamo: '\u1100\u1161\u11A8\u1102\u1161',
  fullwidth: 'ＡＢＣ',
  emoji: '😀🦀',
  emojiInkDrawsWide: '✅⭐☕⚡⌚',
  flags: '🇩🇰🇸🇪',
  zwjFamily: family,
  skinTone: '👍🏽',
  keycap: '1\uFE0F\u20E3',
  heart: '\u2764\uFE0F',
  combiningAccent: 'cafe\u0301 nai\u0308ve',
  softHyphen: 'co\u00ADoperate',
  zeroWidthSpace: 'a\u200Bb',
  devanagari: 'क्षि',
  thai: 'ภาษาไทย',
  mixed: `a中${family}e\u0301🇩🇰 x`,
};
const entries = Object.entries(samples);
const clusterTexts = (text: string): string[] =>
  lineClusters(text).map(({ start, end }) => text.slice(start, end));

describe('widths against string-width', () => {
  it.each(entries)('should measure %s as string-width does, cluster by cluster', (_, text) => {
    expect(textWidth(text)).toBe(inkWidth(text));
    expect(clusterTexts(text).join('')).toBe(text);
    for (const cluster of clusterTexts(text)) expect(clusterWidth(cluster)).toBe(inkWidth(cluster));
  });

  it('should give the widths Ink draws where the old table was wrong', () => {
    expect(['✅', '⭐', '☕', '⚡', '⌚', family, '\u00AD'].map(clusterWidth)).toEqual([2, 2, 2, 2, 2, 6, 0]);
  });

  it('should keep lone regional indicators apart where a left-out zero-width cluster sat between them', () => {
    // Drawn side by side they would pair into a flag, which string-width measures as 1 cell with a mark on it.
    for (const between of ['\u00AD', '\u200D']) {
      const text = `\u{1F1F8}${between}\u{1F1F8}\u0301`;
      expect(displayText(text)).toBe('\u{1F1F8}\u200B\u{1F1F8}\u0301');
      expect(textWidth(text)).toBe(2);
      expect(inkWidth(text)).toBe(2);
    }
    // A flag already paired, and a lone indicator after a mark, are drawn as they are.
    expect(displayText('\u{1F1E9}\u{1F1F0}\u00AD\u{1F1F8}')).toBe('\u{1F1E9}\u{1F1F0}\u{1F1F8}');
  });

  it('should count a tab as the one space it is drawn as, and a control character as its visible picture', () => {
    expect([clusterWidth('\t'), clusterWidth('\u001B'), clusterWidth('\u0085')]).toEqual([1, 1, 8]);
  });

  it.each(entries)('should cut %s to a prefix string-width measures within the cells', (_, text) => {
    for (let cells = 0; cells <= inkWidth(text) + 1; cells++) {
      const prefix = sliceCells(text, cells);
      expect(inkWidth(prefix)).toBeLessThanOrEqual(cells);
      const next = clusterTexts(text.slice(prefix.length))[0];
      if (next !== undefined) expect(inkWidth(prefix + next)).toBeGreaterThan(cells);
    }
  });

  it.each(entries)('should wrap %s into rows string-width measures within the width', (_, text) => {
    for (const width of [1, 2, 3, 5, 8]) {
      for (const { start, end } of wrapLine(text, width)) {
        const row = text.slice(start, end).trimEnd();
        if (clusterTexts(row).length > 1) expect(inkWidth(row)).toBeLessThanOrEqual(width);
      }
    }
  });

  it.each(entries)('should place the cursor in %s at the cell string-width counts before it', (_, text) => {
    const rows = wrapLines([text], Infinity);
    for (const { start } of lineClusters(text)) {
      expect(visualCursor(rows, { row: 0, col: start })).toEqual({
        row: 0,
        col: inkWidth(text.slice(0, start)),
      });
      // Up/Down keep the cell column; a zero-width cluster shares its cell with the boundary before it.
      const cells = inkWidth(text.slice(0, start));
      const moved = verticalMove([text, text], { row: 0, col: start }, null, 'down', Infinity);
      expect(moved.preferredCol).toBe(cells);
      expect(inkWidth(text.slice(0, moved.cursor.col))).toBe(cells);
    }
  });
});

const pool = [
  'a',
  'b',
  ' ',
  ' ',
  'é',
  'e\u0301',
  '\u0301',
  '🇩🇰',
  '🇸',
  family,
  '👍🏽',
  '\u1100\u1161',
  '\u1161',
  '中',
  '✅',
  '\u00AD',
  '\u200D',
  'Ａ',
  '.',
];
const mixed = fc.array(fc.constantFrom(...pool), { maxLength: 40 }).map((parts) => parts.join(''));

describe('width properties over random mixed clusters', () => {
  it('should measure any text as string-width does', () => {
    fc.assert(
      fc.property(mixed, (text) => {
        expect(textWidth(text)).toBe(inkWidth(text));
      }),
    );
  });

  it('should wrap into rows no wider than the width by string-width, but for hanging spaces or a lone wide cluster', () => {
    fc.assert(
      fc.property(mixed, fc.integer({ min: 1, max: 12 }), (text, width) => {
        const segments = wrapLine(text, width);
        expect(segments.map(({ start, end }) => text.slice(start, end)).join('')).toBe(text);
        for (const { start, end } of segments) {
          const row = text.slice(start, end).replace(/[ \t]+$/, '');
          if (clusterTexts(row).length > 1) expect(inkWidth(row)).toBeLessThanOrEqual(width);
        }
      }),
    );
  });

  it('should put every row boundary on a cluster boundary', () => {
    const segmenter = new Intl.Segmenter();
    fc.assert(
      fc.property(mixed, fc.integer({ min: 1, max: 12 }), (text, width) => {
        const stops = [...Array.from(segmenter.segment(text), ({ index }) => index), text.length];
        for (const { start, end } of wrapLine(text, width))
          expect(stops).toEqual(expect.arrayContaining([start, end]));
      }),
    );
  });
});
