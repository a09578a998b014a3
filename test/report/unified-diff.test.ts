import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../src/report/unified-diff.js';

/** Applies a unified diff produced by unifiedDiff, checking every context and removed line on the way. */
const applyPatch = (oldText: string, patch: string): string => {
  const oldLines = oldText.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  const lines = patch.split('\n').slice(2, -1);
  const out: string[] = [];
  let at = 0;
  let last: { kind: string; index: number } | null = null;
  for (const line of lines) {
    const header = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@$/.exec(line);
    if (header) {
      const start = Number(header[1]) - (header[2] === '0' ? 0 : 1);
      while (at < start) out.push(oldLines[at++]!);
      continue;
    }
    if (line === '\\ No newline at end of file') {
      if (last?.kind !== '-') out[last!.index] = out[last!.index]!.replace(/\r?\n$/, '');
      continue;
    }
    const kind = line[0]!;
    const body = line.slice(1);
    if (kind === '+') {
      out.push(`${body}\n`);
      last = { kind, index: out.length - 1 };
    } else {
      const original = oldLines[at++]!;
      expect(original.replace(/\r?\n$/, '')).toBe(body);
      if (kind === ' ') {
        out.push(original);
        last = { kind, index: out.length - 1 };
      } else last = { kind, index: -1 };
    }
  }
  while (at < oldLines.length) out.push(oldLines[at++]!);
  return out.join('');
};

describe('unifiedDiff', () => {
  it('should return nothing for equal texts', () => {
    expect(unifiedDiff('a\nb\n', 'a\nb\n', 'r.md')).toBe('');
  });

  it('should show one changed line with three lines of context', () => {
    const old = '1\n2\n3\n4\n5\n6\n7\n8\n9\n';
    expect(unifiedDiff(old, old.replace('5\n', 'five\n'), 'reports/README.md')).toBe(
      '--- reports/README.md\n+++ reports/README.md\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n',
    );
  });

  it('should split changes far apart into two hunks', () => {
    const old = Array.from({ length: 20 }, (_, i) => `${i + 1}\n`).join('');
    const next = old.replace('2\n', 'two\n').replace('19\n', '');
    expect(unifiedDiff(old, next, 'r.md')).toBe(
      '--- r.md\n+++ r.md\n@@ -1,5 +1,5 @@\n 1\n-2\n+two\n 3\n 4\n 5\n@@ -16,5 +16,4 @@\n 16\n 17\n 18\n-19\n 20\n',
    );
  });

  it('should number an insertion into an empty file from zero', () => {
    expect(unifiedDiff('', 'a\n', 'r.md')).toBe('--- r.md\n+++ r.md\n@@ -0,0 +1 @@\n+a\n');
  });

  it('should mark a missing final newline', () => {
    expect(unifiedDiff('a\nb', 'a\nc', 'r.md')).toBe(
      '--- r.md\n+++ r.md\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n',
    );
  });

  it('should show CRLF lines without their carriage return', () => {
    expect(unifiedDiff('a\r\nb\r\n', 'a\r\nc\r\n', 'r.md')).toBe(
      '--- r.md\n+++ r.md\n@@ -1,2 +1,2 @@\n a\n-b\n+c\n',
    );
  });

  it('should produce a patch that turns the old text into the new one (LF text; CRLF is shown without \\r)', () => {
    const text = fc
      .array(fc.constantFrom('a\n', 'b\n', 'c\n', 'd', '\n'), { maxLength: 30 })
      .map((l) => l.join(''));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const patch = unifiedDiff(a, b, 'x');
        expect(patch === '' ? a : applyPatch(a, patch)).toBe(b);
      }),
      { numRuns: 500 },
    );
  });
});
