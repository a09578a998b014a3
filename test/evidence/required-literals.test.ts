import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import rules from '../../templates/evidence.json' with { type: 'json' };
import type { EvidenceRules } from '../../src/evidence/evidence-rules.js';
import { requiredLiterals } from '../../src/evidence/required-literals.js';

const lines = (rules as EvidenceRules).rules.flatMap((r) =>
  r.evidence.flatMap((s) => ('line' in s ? [s.line] : [])),
);

describe('requiredLiterals', () => {
  it('should give one literal per alternative, lower-cased, the longest run each requires', () => {
    expect(
      requiredLiterals('\\bwandb\\.sweep\\b|\\boptuna\\b|hydra/sweeper|^\\s*method:\\s*(?:bayes|grid)\\b'),
    ).toEqual(['wandb.sweep', 'optuna', 'hydra/sweeper', 'method:']);
    expect(requiredLiterals('DistributedDataParallel|strategy\\s*=\\s*["\']ddp')).toEqual([
      'distributeddataparallel',
      'strategy',
    ]);
  });

  it("should take a group's literals when the match must go through it, and not when it may skip it", () => {
    expect(requiredLiterals('\\b(?:torch\\.profiler|cProfile)\\b')).toEqual(['torch.profiler', 'cprofile']);
    expect(requiredLiterals('^-\\s*(?<name>data/|dvc\\.lock)')).toEqual(['data/', 'dvc.lock']);
    expect(requiredLiterals('abc(?:torch|onnx)?xy')).toEqual(['abc']);
    expect(requiredLiterals('(?:torch|onnx)*')).toBeNull();
    // A look-ahead matches nothing itself.
    expect(requiredLiterals('(?=quantize)x')).toBeNull();
  });

  it('should leave out characters a quantifier makes optional, and end a run at a repeat', () => {
    expect(requiredLiterals('model[-_ ]?registry|staged?_model')).toEqual(['registry', '_model']);
    expect(requiredLiterals('abcd?efg')).toEqual(['abc']);
    expect(requiredLiterals('abcx{0,2}efg')).toEqual(['abc']);
    expect(requiredLiterals('abcx+yzw')).toEqual(['abcx']);
    expect(requiredLiterals('abx{2}yzwv')).toEqual(['yzwv']);
    expect(requiredLiterals('abc*?defg')).toEqual(['defg']);
  });

  it('should give up on what it does not read, and on literals too short to be worth looking for', () => {
    for (const source of ['\\x41bcd', '\\u0041bcd', '(a)\\1bcd', 'a{bcd', 'abc|.*', 'ab|cde', 'abc(de'])
      expect([source, requiredLiterals(source)]).toEqual([source, null]);
    // Only ASCII: without the u flag, case folding of other letters is not a lower-casing.
    expect(requiredLiterals('ſcd|ﬀ')).toBeNull();
  });

  it("should never miss a text a rule's line pattern matches", () => {
    /** The plain pieces of a pattern, each also without its last character (which a quantifier may make optional). */
    const piecesOf = (line: string): string[] => [
      ...new Set(
        line
          .split(/\\[bBsSwWd]|[\\^$*+?()[\]{}|\\]/)
          .flatMap((p) => [p, p.slice(0, -1)])
          .filter((p) => p.length > 0),
      ),
    ];
    const fillers = [' ', '\n', '=', '"', "'", '[', ']', ',', ':', '- ', '.', '/', 'x', '1', 'ddp', '\t'];
    // Texts made of the pattern's own pieces, so that many of them match it.
    const case_ = fc
      .constantFrom(...lines)
      .chain((line) =>
        fc
          .array(fc.tuple(fc.constantFrom(...piecesOf(line), ...fillers), fc.boolean()), { maxLength: 8 })
          .map((parts) => [line, parts.map(([p, upper]) => (upper ? p.toUpperCase() : p)).join('')] as const),
      );
    let matched = 0;
    fc.assert(
      fc.property(case_, ([line, t]) => {
        const literals = requiredLiterals(line);
        if (literals === null || !new RegExp(line, 'im').test(t)) return;
        matched++;
        expect([line, t, literals.some((l) => t.toLowerCase().includes(l))]).toEqual([line, t, true]);
      }),
      { numRuns: 20_000 },
    );
    // The texts do reach the patterns, or the property would prove nothing.
    expect(matched).toBeGreaterThan(2000);
  });
});
