import fc from 'fast-check';
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

const newest = makeReport({ generation: '2026' });

/** The migration into `template` (the newest make-report template by default), which these tests expect to go through. */
const migrated = (old: string, template = newest): Migration => {
  const migration = migrateReport(parseReport(old), parseReport(template));
  if (migration.refused !== null) throw new Error(migration.refused);
  return migration;
};

/** The answer of question `n` in a migrated text. */
const answerOf = (text: string, n: number): string => parseReport(text).questions[n - 1]!.answer;

describe('migrateReport', () => {
  for (const generation of ['2023', '2024'] as const) {
    it(`should carry every answer of a ${generation} report to the same question, with its counts`, () => {
      const old = oldReport(generation);
      const migration = migrated(old);
      const before = checkReport(old, generation);
      const after = checkReport(migration.text);
      expect(after.fatal).toBeNull();
      expect(migration.answers).toHaveLength(27);
      for (const { from, to } of migration.answers) {
        expect([from, after.questions[to - 1]!.words, after.questions[to - 1]!.images]).toEqual([
          from,
          before.questions[from - 1]!.words,
          before.questions[from - 1]!.images,
        ]);
      }
      // Question 3 asks about the framework (2023-2024) or package (today) outside the course: the same question.
      expect(answerOf(migration.text, 3)).toBe(
        'Old answer 3: word word word word and ![fig](figures/f3.png) end.',
      );
      expect(migration.unmatched).toEqual([]);
      expect(migration.text).not.toContain('<!--');
      expect(migration.ticks).toEqual({ carried: 1, unmatched: [] });
      expect(parseReport(migration.text).items[0]!.checked).toBe(true);
    });
  }

  it('should map each question by identity across the renumbering of 2024-12, whatever the prompts say', () => {
    // The new template words question 24 so that no prompt resembles the old question 22's.
    const template = newest.replace(
      '**Did you deploy your API locally or in the cloud? How is the service called?**',
      '**Serving: where does it run, and what calls it?**',
    );
    const migration = migrated(oldReport('2024'), template);
    const same = Array.from({ length: 21 }, (_, i) => [i + 1, i + 1]);
    expect(migration.answers.map((a) => [a.from, a.to])).toEqual([
      ...same,
      [22, 24],
      [23, 26],
      [24, 27],
      [25, 29],
      [26, 30],
      [27, 31],
    ]);
    expect(migration.answers.every((a) => a.by === 'identity' && !a.unsure)).toBe(true);
    expect(answerOf(migration.text, 24)).toContain('Old answer 22:');
  });

  it("should carry a 2025 report's question 3 into question 3 although today's template rewords it", () => {
    const answer = 'We used timm for the backbone and it saved us a week of work on the model.';
    const old = makeReport({ generation: '2025', answers: { 3: answer } });
    const template = newest.replace(
      '**Which open-source packages outside the course did you use, and what did they do for you?**',
      '**Did you end up using any libraries not taught here? If so, say which helped.**',
    );
    const migration = migrated(old, template);
    expect(migration.answers).toEqual([{ from: 3, to: 3, by: 'identity', similarity: 0, unsure: false }]);
    expect(answerOf(migration.text, 3)).toBe(answer);
    expect(migration.text).not.toContain('<!--');
  });

  it('should fall back on the most alike prompt for a question the identity data does not know', () => {
    // A question added by hand below the last one: no identity, its prompt is question 28's.
    const old = makeReport({ generation: '2025', answers: { 31: 'We all did everything.' } }).replace(
      /\n$/,
      '\n\n### Question 32\n\n> **Did you build anything extra that no other question covers?**\n>\n> Answer:\n\nA drift detector.\n',
    );
    const migration = migrated(old);
    expect(migration.answers.map((a) => [a.from, a.to, a.by])).toEqual([
      [32, 28, 'prompt'],
      [31, 31, 'identity'],
    ]);
    expect(answerOf(migration.text, 28)).toBe('A drift detector.');
  });

  it('should refuse when an answer with no question holds "Answer:"', () => {
    const old = makeReport({ generation: '2025' }).replace(
      /\n$/,
      '\n\n### Question 32\n\n> **Name your favourite colour.**\n>\n> Answer:\n\nOur Answer: none.\n',
    );
    expect(migrateReport(parseReport(old), parseReport(newest))).toEqual({
      refused:
        'Question 32\'s answer has no question in the new template and holds "Answer:" or "-->", so it cannot be ' +
        'kept in a comment: move it into another answer first.',
    });
  });

  it('should refuse a report whose questions have no "Answer:" line', () => {
    const old = parseReport(oldReport('2024').replace('> Answer:\n\nOld answer 5', '>\n\nOld answer 5'));
    expect(migrateReport(old, parseReport(newest))).toEqual({
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

  describe('ticks', () => {
    /** The old report with `from` replaced by `to` in its checklist, and the new template with `item` in its. */
    const tickCase = (oldItem: string, newItem: string): Migration =>
      migrated(
        makeReport({ generation: '2024' }).replace(
          '* [ ] Push all the code to GitHub',
          `* [x] Push all the code to GitHub\n${oldItem}`,
        ),
        newest.replace('* [ ] Push all the code to GitHub', `* [ ] Push all the code to GitHub\n${newItem}`),
      );
    const lastItem = (m: Migration): string => {
      const items = parseReport(m.text).items;
      const last = items[items.length - 1]!;
      return m.text.slice(last.span.start, last.span.end);
    };

    it('should carry a tick whose item differs only in its article, case and punctuation', () => {
      const m = tickCase(
        '* [X] Make sure all group members have a understanding about all parts of the project.',
        '* [ ] Make Sure all group members have an understanding about all parts of the project',
      );
      expect(m.ticks).toEqual({ carried: 2, unmatched: [] });
      expect(lastItem(m)).toBe(
        '* [x] Make Sure all group members have an understanding about all parts of the project',
      );
    });

    it('should carry a tick whose item the course reworded and tagged with its module', () => {
      const m = tickCase('* [x] Calculate the coverage.', '* [ ] Calculate the code coverage (M16)');
      expect(m.ticks).toEqual({ carried: 2, unmatched: [] });
      expect(lastItem(m)).toBe('* [x] Calculate the code coverage (M16)');
    });

    it("should carry a tick and the item's trailing comment, which the new line gets", () => {
      const m = tickCase(
        '* [x] Deploy the model with Cloud Run (M23) <!--- alice -->',
        '* [ ] Deploy the model with Cloud Run (M23)',
      );
      expect(m.ticks).toEqual({ carried: 2, unmatched: [] });
      expect(lastItem(m)).toBe('* [x] Deploy the model with Cloud Run (M23) <!--- alice -->');
    });

    it("should carry a student's note after an item, and the comment of an unticked item", () => {
      const m = tickCase(
        '* [x] Deploy the model with Cloud Run (M23) RASMUS, BJØRN\n* [ ] Load test the API (M24) <!-- later -->',
        '* [ ] Deploy the model with Cloud Run (M23)\n* [ ] Load test the API (M24)',
      );
      expect(m.ticks).toEqual({ carried: 2, unmatched: [] });
      expect(m.text).toContain(
        '* [x] Deploy the model with Cloud Run (M23) RASMUS, BJØRN\n* [ ] Load test the API (M24) <!-- later -->\n',
      );
    });

    it('should say which ticked items the new checklist does not have, and keep their comments', () => {
      const m = tickCase('* [x] Serve the model with torchserve <!-- bob -->', '');
      expect(m.ticks).toEqual({ carried: 1, unmatched: ['Serve the model with torchserve <!-- bob -->'] });
      expect(m.keptComments).toEqual(['<!-- bob -->']);
      expect(m.text).toContain('<!-- bob -->\n\n### Question 1\n');
    });
  });

  it('should keep every HTML comment of the old report, in an answer, an item or elsewhere', () => {
    const old = makeReport({ generation: '2025', answers: { 4: 'We used uv. <!-- was pip -->' } }).replace(
      '## Overall project checklist',
      '<!-- group 7 report -->\n\n## Overall project checklist',
    );
    const migration = migrated(old);
    expect(migration.keptComments).toEqual(['<!-- group 7 report -->']);
    expect(answerOf(migration.text, 4)).toBe('We used uv. <!-- was pip -->');
    expect(migration.text).toContain('<!-- group 7 report -->\n\n### Question 1\n');
    expect(checkReport(migration.text).fatal).toBeNull();
  });

  it('should refuse a comment outside the answers that holds "Answer:"', () => {
    const old = makeReport({ generation: '2025' }).replace(
      '## Overall project checklist',
      '<!-- Answer: later -->\n\n## Overall project checklist',
    );
    expect(migrateReport(parseReport(old), parseReport(newest)).refused).toBe(
      'A comment outside the answers holds "Answer:", which report.py would count as one answer more above the ' +
        'first question: move it into an answer or remove it first.',
    );
  });

  it('should put every non-empty answer of a 2025 report, as written, into the same question', () => {
    const answerText = fc
      .array(
        fc.constantFrom('word', 'model', '`code`', '**bold**', '- item', '\n', '\n\n', '![f](figures/a.png)'),
        {
          minLength: 1,
          maxLength: 12,
        },
      )
      .map((parts) => parts.join(' ').trim())
      .filter((t) => t !== '' && !t.includes('Answer:'));
    fc.assert(
      fc.property(
        fc.dictionary(fc.integer({ min: 1, max: 31 }).map(String), answerText, { maxKeys: 6 }),
        (answers) => {
          const old = makeReport({ generation: '2025', answers: answers });
          const migration = migrated(old);
          const report = parseReport(migration.text);
          for (const [n, text] of Object.entries(answers)) {
            expect(report.questions[Number(n) - 1]!.answer).toBe(
              parseReport(old).questions[Number(n) - 1]!.answer,
            );
            expect(text).not.toBe('');
          }
          expect(checkReport(migration.text).fatal).toBeNull();
        },
      ),
      { numRuns: 40 },
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
