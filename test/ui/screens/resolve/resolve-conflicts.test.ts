import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeReports } from '../../../../src/report/merge/merge-reports.js';
import { resolveConflicts, resolveOne } from '../../../../src/ui/screens/resolve/resolve-conflicts.js';

const filled = readFileSync(new URL('../../../fixtures/reports/filled-2026.md', import.meta.url), 'utf8');

/** `text` with `insert` right after question `n`'s `Answer:` line and a blank line. */
const at = (text: string, n: number, insert: string): string => {
  const marker = text.indexOf('Answer:', text.indexOf(`### Question ${n}\n`));
  const end = text.indexOf('\n', marker) + 1;
  return `${text.slice(0, end)}\n${insert}${text.slice(end)}`;
};
const block = (ours: string, theirs: string): string =>
  `<<<<<<< HEAD\n${ours}=======\n${theirs}>>>>>>> other\n`;
const markers = { kind: 'markers' } as const;

describe('resolveConflicts and resolveOne', () => {
  it('should list a marked conflict with each side and report.py’s count were it taken', () => {
    const text = at(filled, 5, block('Ours line here.\n', 'Theirs.\n'));
    const list = resolveConflicts(text, markers);
    expect(list).toEqual({
      ok: true,
      conflicts: [
        {
          key: 'marker:0',
          label: 'Question 5',
          question: 5,
          base: null,
          ours: {
            text: 'Ours line here.\n',
            count: '129 words (100–200 words) pass',
            passed: true,
            warnings: 0,
          },
          theirs: { text: 'Theirs.\n', count: '127 words (100–200 words) pass', passed: true, warnings: 0 },
          both: {
            text: 'Ours line here.\nTheirs.\n',
            count: '130 words (100–200 words) pass',
            passed: true,
            warnings: 0,
          },
        },
      ],
    });
  });

  it('should say why markers cannot be read one by one', () => {
    expect(resolveConflicts(at(filled, 5, '<<<<<<< HEAD\nopen\n'), markers)).toEqual({
      ok: false,
      reason: expect.any(String) as string,
    });
  });

  it('should change only the chosen conflict’s block, byte for byte (any sides, any choice)', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z ]{0,20}$/),
        fc.stringMatching(/^[a-z ]{0,20}$/),
        fc.constantFrom<'ours' | 'theirs' | 'both'>('ours', 'theirs', 'both'),
        (ours, theirs, choice) => {
          const first = block(`${ours}\n`, `${theirs}\n`);
          const second = block('kept ours\n', 'kept theirs\n');
          const text = at(at(filled, 5, first), 9, second);
          const chosen = { ours: `${ours}\n`, theirs: `${theirs}\n`, both: `${ours}\n${theirs}\n` }[choice];
          expect(resolveOne(text, markers, 'marker:0', choice)).toBe(at(at(filled, 5, chosen), 9, second));
        },
      ),
      { numRuns: 50 },
    );
  });

  it('should take the sides from git’s three versions, base included, and resolve that region only', () => {
    const base = filled;
    const ours = at(at(filled, 5, 'Ours on five.\n'), 7, 'Ours on seven.\n');
    const theirs = at(at(filled, 5, 'Theirs on five.\n'), 9, 'Theirs on nine.\n');
    const merged = mergeReports(base, ours, theirs);
    if (!merged.ok) throw new Error(merged.reason);
    const source = { kind: 'index', merge: merged } as const;
    const list = resolveConflicts(merged.text, source);
    if (!list.ok) throw new Error(list.reason);
    expect(list.conflicts.map((c) => [c.key, c.label, c.base !== null])).toEqual([
      ['Q5.answer', 'Question 5', true],
    ]);
    expect(resolveOne(merged.text, source, 'Q5.answer', 'theirs')).toBe(
      at(at(at(filled, 5, 'Theirs on five.\n'), 7, 'Ours on seven.\n'), 9, 'Theirs on nine.\n'),
    );
    expect(resolveConflicts(resolveOne(merged.text, source, 'Q5.answer', 'ours'), source)).toEqual({
      ok: true,
      conflicts: [],
    });
  });
});
