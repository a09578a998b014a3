import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shellQuote } from '../../src/report/shell-quote.js';

describe('shellQuote', () => {
  it('should leave plain paths, options and branch names as they are', () => {
    expect(['reports/README.md', '-f', 'feature/x-1', 'C:/x.py', 'a@b+c=d'].map(shellQuote)).toEqual([
      'reports/README.md',
      '-f',
      'feature/x-1',
      'C:/x.py',
      'a@b+c=d',
    ]);
  });

  it('should single-quote spaces, quotes, $, globs, a leading ~ and the empty string', () => {
    expect(shellQuote('reports/figures/Artifact Registry.PNG')).toBe(
      "'reports/figures/Artifact Registry.PNG'",
    );
    expect(shellQuote("it's $HOME/*.png")).toBe("'it'\\''s $HOME/*.png'");
    expect(shellQuote('~/x')).toBe("'~/x'");
    expect(shellQuote('')).toBe("''");
  });

  it('should give back any argument exactly through a real shell', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', minLength: 0, maxLength: 20 }).filter((s) => !s.includes('\0')),
        (arg) => {
          const echoed = execFileSync('/bin/sh', ['-c', `printf '%s' ${shellQuote(arg)}`], {
            encoding: 'utf8',
          });
          expect(echoed).toBe(arg);
        },
      ),
      { numRuns: 60 },
    );
  });
});
