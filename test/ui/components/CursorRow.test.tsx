import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { wrapLines } from '../../../src/ui/wrap-lines.js';

// Ink's chalk decides its colour level when it is first loaded (0 here: no terminal), so the level is forced
// before importing it: a terminal's frame, where the reverse-video cursor shows.
process.env.FORCE_COLOR = '1';
const { render } = await import('ink-testing-library');
const { CursorRow } = await import('../../../src/ui/components/CursorRow.js');

const cursor = (under: string): string => `\u001B[7m${under}\u001B[27m`;
const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';

// The frame of the visual row of `line` (wrapped to width - 1, as the editor does) that holds offset `col`.
const frame = (line: string, col: number, width: number): string => {
  const rows = wrapLines([line], width - 1);
  const row = rows.find((candidate) => col < candidate.end) ?? rows[rows.length - 1]!;
  const view = render(<CursorRow row={row} col={col} width={width} />);
  const text = view.lastFrame() ?? '';
  view.unmount();
  return text;
};

describe('CursorRow', () => {
  it('should show the character under the cursor in reverse video, the text unmoved', () => {
    expect(frame('here', 1, 10)).toBe(`h${cursor('e')}re`);
  });

  it('should show a space after the end of the text', () => {
    expect(frame('here', 4, 10)).toBe(`here${cursor(' ')}`);
  });

  it('should put a whole cluster under the cursor', () => {
    // The family drawn as its three people: every terminal gives them the six cells the editor counts.
    expect(frame(`a${family}b`, 1, 10)).toBe(`a${cursor('👨👩👧')}b`);
    expect(frame('🇩🇰e\u0301', 4, 10)).toBe(`🇩🇰${cursor('e\u0301')}`);
  });

  it('should show a tab as a space and a control character as its picture', () => {
    expect(frame('a\tb\u001Bc', 1, 10)).toBe(`a${cursor(' ')}b␛c`);
    expect(frame('a\tb\u001Bc', 3, 10)).toBe(`a b${cursor('␛')}c`);
  });

  it('should show a space on a zero-width cluster, which is not drawn', () => {
    expect(frame('co\u00ADop', 2, 10)).toBe(`co${cursor(' ')}op`);
  });

  it('should draw the cursor in the last cell when it is on spaces past the right edge', () => {
    expect(frame('abcd    efg', 7, 5)).toBe(`abcd${cursor(' ')}`);
  });

  it('should not let a wide character after the cursor overflow the row', () => {
    expect(frame('ab中 x', 0, 4)).toBe(`${cursor('a')}b`);
  });

  it('should keep every row within its width, whatever the clusters and the cursor', () => {
    const pool = ['a', ' ', '  ', '中', family, '🇩🇰', 'e\u0301', '\u00AD', '\t', '✅', '\u0085'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pool), { maxLength: 20 }),
        fc.integer({ min: 2, max: 12 }),
        fc.nat(),
        (parts, width, pick) => {
          const line = parts.join('');
          const stops = [
            ...Array.from(new Intl.Segmenter().segment(line), ({ index }) => index),
            line.length,
          ];
          const shown = frame(line, stops[pick % stops.length] ?? 0, width);
          expect(stringWidth(shown)).toBeLessThanOrEqual(width);
          expect(shown).toContain('\u001B[7m');
        },
      ),
      { numRuns: 60 },
    );
  });
});
