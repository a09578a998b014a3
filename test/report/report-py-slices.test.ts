import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkers } from '../../src/report/generations.js';
import { reportPySlices, reportPySplit } from '../../src/report/report-py-slices.js';

/** report.py's split transcribed string by string (after universal newlines), the reference for the offsets. */
const referenceSplit = (raw: string, algorithm: 'legacy' | 'current'): string[] | 'IndexError' => {
  const text = raw.replace(/\r\n?/g, '\n');
  const strip = (s: string): string => s.replace(/^\n+|\n+$/g, '');
  const cut = (c: string): string => c.split('###')[0]!.split('##')[0]!;
  if (algorithm === 'legacy') {
    const chunks = [...text].slice(43).join('').split('Answer:');
    const kept = chunks.filter((c) => c.includes('###')).map(cut);
    kept.push(chunks[chunks.length - 1]!);
    return kept.slice(1).map(strip);
  }
  const chunks = text.split('Answer:');
  chunks.shift();
  if (chunks.length === 0) return 'IndexError';
  const kept = chunks.filter((c) => c.includes('###')).map(cut);
  kept.push(chunks[chunks.length - 1]!);
  return kept.map(strip);
};

const sliced = (text: string, algorithm: 'legacy' | 'current'): string[] | 'IndexError' => {
  const split = reportPySplit(text, algorithm);
  if (split.fatal !== null) return 'IndexError';
  return split.slices.map((s) =>
    text
      .slice(s.start, s.end)
      .replace(/\r\n?/g, '\n')
      .replace(/^\n+|\n+$/g, ''),
  );
};

describe('reportPySplit', () => {
  it('should cut kept chunks at ## and append the last chunk whole', () => {
    const text = 'intro Answer: one ## two ### x Answer: dropped Answer: last ### tail';
    expect(reportPySlices(text).map((s) => text.slice(s.start, s.end))).toEqual([
      ' one ',
      ' last ',
      ' last ### tail',
    ]);
  });

  it('should find nothing, and say IndexError, without "Answer:"', () => {
    expect(reportPySlices('### Question 1\nno marker\n')).toEqual([]);
    expect(reportPySplit('### Question 1\nno marker\n').fatal).toBe('IndexError: list index out of range');
  });

  it('should drop 43 characters, counting "\\r\\n" as one, and the first kept chunk in the legacy algorithm', () => {
    const title = `# ${'x'.repeat(37)}\r\n`; // 41 units, 40 characters after universal newlines
    // "###" sits at characters 42-44: text[43:] starts with "##", so the first chunk is not kept and "one" is dropped.
    const text = `${title}ab###Answer: one ### Answer: two ### Answer: last`;
    expect(sliced(text, 'legacy')).toEqual([' two ', ' last']);
  });

  it('should slice exactly the answers report.py checks, in both algorithms', () => {
    const text = fc
      .array(
        fc.constantFrom('Answer:', '###', '##', '#', 'a', ' ', '\n', '\r', '\r\n', '😀', 'x'.repeat(20)),
        { maxLength: 80 },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.constantFrom('legacy' as const, 'current' as const), (t, algorithm) => {
        expect(sliced(t, algorithm)).toEqual(referenceSplit(t, algorithm));
      }),
      { numRuns: 2000 },
    );
  });

  it('should know both algorithms of every upstream report.py', () => {
    expect(new Set(checkers.map((c) => c.algorithm))).toEqual(new Set(['legacy', 'current']));
  });
});
