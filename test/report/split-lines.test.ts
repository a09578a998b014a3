import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitLines } from '../../src/report/split-lines.js';

/** The obvious definition, to hold the fast one against. */
const reference = (text: string) => {
  const lines = [];
  const breaks = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = breaks.exec(text); m !== null; m = breaks.exec(text)) {
    lines.push({
      number: lines.length + 1,
      start,
      end: m.index,
      next: breaks.lastIndex,
      content: text.slice(start, m.index),
    });
    start = breaks.lastIndex;
  }
  if (start < text.length || lines.length === 0) {
    lines.push({
      number: lines.length + 1,
      start,
      end: text.length,
      next: text.length,
      content: text.slice(start),
    });
  }
  return lines;
};

describe('splitLines', () => {
  it('should treat \\r\\n, \\r and \\n alike and keep every offset', () => {
    expect(splitLines('a\r\nb\rc\nd').map((l) => [l.number, l.start, l.end, l.next, l.content])).toEqual([
      [1, 0, 1, 3, 'a'],
      [2, 3, 4, 5, 'b'],
      [3, 5, 6, 7, 'c'],
      [4, 7, 8, 8, 'd'],
    ]);
  });

  it('should give one empty line for an empty text and none after a final line break', () => {
    expect(splitLines('').map((l) => l.content)).toEqual(['']);
    expect(splitLines('a\n').map((l) => l.content)).toEqual(['a']);
    expect(splitLines('\n\n').map((l) => l.content)).toEqual(['', '']);
  });

  it('should agree with a regex split on any mix of line breaks', () => {
    const piece = fc.constantFrom('a', 'bc', ' ', '\n', '\r', '\r\n', '\n\r', 'é', '😀');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(splitLines(text)).toEqual(reference(text));
      }),
      { numRuns: 500 },
    );
  });
});
