import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import rules from '../../templates/evidence.json' with { type: 'json' };
import type { EvidenceRules } from '../../src/evidence/evidence-rules.js';
import { globTail } from '../../src/evidence/glob-tail.js';
import { globToRegExp } from '../../src/evidence/glob-to-regexp.js';
import { sourceFiles } from '../../src/evidence/source-files.js';

const ruleGlobs = [
  ...new Set([
    ...(rules as EvidenceRules).rules.flatMap((r) =>
      r.evidence.flatMap((s) => ('path' in s ? s.path : 'in' in s ? (s.in ?? []) : [])),
    ),
    ...sourceFiles.dependency,
    ...sourceFiles.python,
  ]),
];

describe('globTail', () => {
  it('should give the literal end after the last wildcard, lower-cased', () => {
    expect(
      [
        '**/*.py',
        'requirements*.txt',
        'tasks.py',
        '.github/workflows/*.y*ml',
        '**/Dockerfile*',
        'a.{yml,yaml}',
      ].map(globTail),
    ).toEqual(['.py', '.txt', 'tasks.py', 'ml', '', '']);
  });

  it('should not require the slash of a leading **/, which may stand for no folder', () => {
    expect([
      globTail('**/pyproject.toml'),
      globTail('tests/**/test_x.py'),
      globTail('src/*/data.py'),
    ]).toEqual(['pyproject.toml', 'test_x.py', '/data.py']);
    expect(globToRegExp('**/pyproject.toml').test('pyproject.toml')).toBe(true);
  });

  it('should be empty for an end that is not plain ASCII, whose case folding a lower-cased compare cannot follow', () => {
    expect(globTail('**/*.PŸ')).toBe('');
  });

  it("should be the end of every path a rule's glob matches, in any case", () => {
    // Paths made of the globs' own pieces, so that many of them match.
    const pieces = [...new Set(ruleGlobs.flatMap((g) => g.split(/[*?{},]+/)).filter((p) => p !== ''))];
    const path = fc
      .array(fc.oneof(fc.constantFrom(...pieces), fc.constantFrom('/', 'a', 'X_', '.', '-')), {
        maxLength: 6,
      })
      .map((parts) => parts.join(''));
    const cased = fc.tuple(path, fc.boolean()).map(([p, upper]) => (upper ? p.toUpperCase() : p));
    fc.assert(
      fc.property(fc.constantFrom(...ruleGlobs), cased, (glob, p) => {
        if (globToRegExp(glob).test(p)) expect(p.toLowerCase().endsWith(globTail(glob))).toBe(true);
      }),
      { numRuns: 5000 },
    );
    for (const glob of ruleGlobs) {
      // A path made from the glob itself (each wildcard filled in) matches it, and ends with its tail.
      const filled = glob
        .replace(/\*\*\//g, 'a/')
        .replace(/\*/g, 'b')
        .replace(/\{([^,}]*)[^}]*\}/g, '$1');
      expect([glob, globToRegExp(glob).test(filled), filled.toLowerCase().endsWith(globTail(glob))]).toEqual([
        glob,
        true,
        true,
      ]);
    }
  });
});
