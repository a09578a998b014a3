import { describe, expect, it } from 'vitest';
import { checkReport } from '../../src/report/check-report.js';
import { type Migration, migrateReport } from '../../src/report/migrate-report.js';
import { parseReport } from '../../src/report/parse-report.js';
import { makeReport } from '../helpers/make-report.js';

/** A 27-question report of `generation` with every question answered in words of its own. */
const oldReport = (generation: '2023' | '2024', extra: Record<number, string> = {}): string =>
  makeReport({
    generation,
    answers: {
      ...Object.fromEntries(
        Array.from({ length: 27 }, (_, i) => [
          i + 1,
          `Old answer ${i + 1}: ${'word '.repeat(i + 2).trim()} and ![fig](figures/f${i + 1}.png) end.`,
        ]),
      ),
      ...extra,
    },
  }).replace('* [ ] Create a git repository', '* [x] Create a git repository');

/** The migration into the newest make-report template, which these tests expect to go through. */
const migrated = (old: string): Migration => {
  const migration = migrateReport(parseReport(old), parseReport(makeReport({ generation: '2026' })));
  if (migration.refused !== null) throw new Error(migration.refused);
  return migration;
};

describe('migrateReport', () => {
  for (const generation of ['2023', '2024'] as const) {
    it(`should carry a ${generation} report's answers into the newest template with their counts`, () => {
      const old = oldReport(generation);
      const migration = migrated(old);
      const before = checkReport(old, generation);
      const after = checkReport(migration.text);
      expect(after.fatal).toBeNull();
      expect(migration.answers.length).toBe(26);
      for (const { from, to } of migration.answers) {
        expect([from, after.questions[to - 1]!.words, after.questions[to - 1]!.images]).toEqual([
          from,
          before.questions[from - 1]!.words,
          before.questions[from - 1]!.images,
        ]);
      }
      // Question 3 asks about a framework in 2023-2024 and about packages today: kept, not carried.
      expect(migration.unmatched.map((u) => u.from)).toEqual([3]);
      expect(migration.text).toContain('Old answer 3: word word word word and');
      expect(migration.ticks).toEqual({ carried: 1, unmatched: [] });
      expect(parseReport(migration.text).items[0]!.checked).toBe(true);
    });
  }

  it('should map each question to the one with the most alike prompt', () => {
    const migration = migrated(oldReport('2024'));
    const same = [1, 2, ...Array.from({ length: 18 }, (_, i) => i + 4)].map((n) => [n, n]);
    expect(migration.answers.map((a) => [a.from, a.to])).toEqual([
      ...same,
      [22, 24],
      [23, 26],
      [24, 27],
      [25, 29],
      [26, 30],
      [27, 31],
    ]);
    expect(migration.answers.filter((a) => a.unsure)).toEqual([]);
  });

  it('should refuse when an answer with no question holds "Answer:"', () => {
    const old = parseReport(oldReport('2024', { 3: 'Our Answer: none.' }));
    expect(migrateReport(old, parseReport(makeReport({ generation: '2026' })))).toEqual({
      refused:
        'Question 3\'s answer has no question in the new template and holds "Answer:" or "-->", so it cannot be ' +
        'kept in a comment: move it into another answer first.',
    });
  });

  it('should refuse a report whose questions have no "Answer:" line', () => {
    const old = parseReport(oldReport('2024').replace('> Answer:\n\nOld answer 5', '>\n\nOld answer 5'));
    expect(migrateReport(old, parseReport(makeReport({ generation: '2026' })))).toEqual({
      refused:
        'Question 5 has no "Answer:" line, so its answer cannot be told from its prompt: add "> Answer:" below each ' +
        'prompt first.',
    });
  });

  it('should keep text below the last answer below the new last answer, counted as before', () => {
    const old = `${oldReport('2024')}\n## References\n\nSee the docs.\n`;
    const migration = migrated(old);
    expect(
      migration.text.endsWith(
        'Old answer 27: word word word word word word word word word word word word word word word word word word word word word word word word word word word word and ![fig](figures/f27.png) end.\n\n## References\n\nSee the docs.\n',
      ),
    ).toBe(true);
    expect(checkReport(migration.text).questions[30]!.words).toBe(
      checkReport(old, '2024').questions[26]!.words,
    );
  });

  it('should carry an answer whose fenced code holds a "# comment" line whole (issue 18 item 2)', () => {
    const answer = 'We used uv. Steps:\n\n```bash\n# install deps\nuv sync\n```\n\nThen run the tests.';
    const old = oldReport('2024', { 4: answer });
    const migration = migrated(old);
    expect(parseReport(migration.text).questions[3]!.answer).toBe(answer);
    expect(checkReport(migration.text).questions[3]!.words).toBe(
      checkReport(old, '2024').questions[3]!.words,
    );
  });
});
