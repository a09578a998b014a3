import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../src/report/check-report.js';
import { answerSpans } from '../../src/report/lints/answer-spans.js';
import { templateSections } from '../../src/report/lints/template-sections.js';
import { lintReport } from '../../src/report/lint-report.js';
import { migrateReport } from '../../src/report/migrate-report.js';
import type { Report } from '../../src/report/model.js';
import { parseReport } from '../../src/report/parse-report.js';
import { setAnswer } from '../../src/report/set-answer.js';
import { setChecked } from '../../src/report/set-checked.js';
import { templateProblem } from '../../src/report/template-problem.js';
import { requireSharedCorpusUnderCi, sharedCorpus, sharedCorpusPresent } from '../helpers/shared-corpus.js';

// The shared corpus sits beside the repository on team machines and in CI; a lone clone has none.
const corpus = join(sharedCorpus, 'reports');
const present = sharedCorpusPresent('migrate corpus acceptance');
requireSharedCorpusUnderCi(present);

const read = (name: string): string =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(readFileSync(join(corpus, name)));

/**
 * The course's newest template: REPORT_TEMPLATE names it; otherwise seed-002 with every answer set back to its
 * placeholder and every box unticked, which is the 2026 template byte for byte (checked against the course's file).
 */
const newestTemplate = (): Report => {
  if (process.env.REPORT_TEMPLATE) return parseReport(readFileSync(process.env.REPORT_TEMPLATE, 'utf8'));
  let report = parseReport(read('seed-002.md'));
  for (const q of report.questions)
    report = parseReport(setAnswer(report, q.number, `--- question ${q.number} fill here ---`));
  for (const item of report.items) report = parseReport(setChecked(report, item.index, false));
  return report;
};

// Which question of 2026 each older question is, written out from the course's template history (not read from
// templates/identities.json, which this checks): 2024-12 inserted questions 22, 23, 25 and 28.
const renumbered: Record<number, number> = { 22: 24, 23: 26, 24: 27, 25: 29, 26: 30, 27: 31 };
const sameQuestion = (generation: string, number: number): number =>
  generation === '2025' ? number : (renumbered[number] ?? number);

// Ticked items of older checklists that the 2026 checklist no longer has (reworded items are not here: they exist).
const gone = new Set([
  'If applicable, consider deploying the model locally using torchserve',
  'Setup monitoring for the system telemetry of your deployed model',
  'Setup monitoring for the performance of your deployed model',
]);

const comments = (text: string): string[] =>
  [...text.replace(/\r\n?/g, '\n').matchAll(/<!--(?:(?!-->)[\s\S])*-->/g)].map((m) => m[0]);
const visible = (text: string): string[] =>
  text
    .replace(/<!--(?:(?!-->)[\s\S])*-->/g, ' ')
    .replace(/---\s*question\s+\d+\s+fill\s+here\s*---/gi, ' ')
    .split(/\s+/)
    .filter(Boolean);

/**
 * Question `i`'s answer, sliced apart from the code under test: from its `Answer:` to the next question's heading,
 * less a template section heading and its introduction; the last answer as answerSpans ends it.
 */
const answerText = (report: Report, i: number): string => {
  const q = report.questions[i]!;
  const next = report.questions[i + 1];
  if (!next) return report.text.slice(q.answerMarker!.end, answerSpans(report)[i]!.end);
  const chunk = report.text.slice(q.answerMarker!.end, next.heading.start);
  const section = [...chunk.matchAll(/^##[ \t]+(.*?)[ \t]*\r?$/gm)].find((m) =>
    templateSections.has(m[1]!.toLowerCase()),
  );
  return section ? chunk.slice(0, section.index) : chunk;
};

const older = present
  ? readdirSync(corpus)
      .filter((name) => name.endsWith('.md'))
      .filter((name) => lintReport(parseReport(read(name))).some((l) => l.rule === 'outdated-template'))
  : [];

describe.skipIf(!present)('migrate on every older-template report of ../shared/corpus', () => {
  // vitest collects a skipped describe too: without the corpus there is no seed-002 to make the template from.
  const template = present ? newestTemplate() : parseReport('');

  it('should use a blank 2026 template', () => {
    expect(templateProblem(template, '2026')).toBeNull();
    expect(older.length).toBeGreaterThan(20);
  });

  it.each(older)(
    'should keep every answer visible in its question, every tick and every comment: %s',
    (name) => {
      const text = read(name);
      const old = parseReport(text);
      const migration = migrateReport(old, template);
      if (old.questions.every((q) => q.answerMarker === null)) {
        // No "Answer:" anywhere (Tswagerman): no answer can be told from its prompt, so nothing is written.
        expect(migration.refused).toMatch(/has no "Answer:" line/);
        return;
      }
      if (migration.refused !== null) throw new Error(`${name}: ${migration.refused}`);
      const after = parseReport(migration.text);
      expect(checkReport(migration.text).fatal).toBeNull();

      // Every substantial answer, by its first and last words, visible (outside comments) in the same question.
      old.questions.forEach((q, i) => {
        const words = visible(answerText(old, i));
        if (words.length < 10) return;
        const at = after.questions.findIndex((t) => t.number === sameQuestion(old.generation!, q.number));
        const there = visible(answerText(after, at));
        expect([name, q.number, there.slice(0, 1), there.slice(-1)]).toEqual([
          name,
          q.number,
          words.slice(0, 1),
          words.slice(-1),
        ]);
      });

      // Every tick carried unless its item is gone; each carried tick is a ticked box in the new checklist.
      const ticked = old.items.filter((item) => item.checked);
      expect([name, migration.ticks.unmatched.filter((t) => !gone.has(t))]).toEqual([name, []]);
      expect(migration.ticks.carried + migration.ticks.unmatched.length).toBe(ticked.length);
      expect(after.items.filter((item) => item.checked).length).toBe(migration.ticks.carried);

      // No comment lost.
      const kept = comments(migration.text);
      for (const comment of comments(text)) expect([name, kept.includes(comment)]).toEqual([name, true]);
    },
  );

  it('should keep the word count of every answer carried from a 27-question report', () => {
    for (const name of older) {
      const text = read(name);
      const old = parseReport(text);
      if (old.generation === '2025') continue;
      const migration = migrateReport(old, template);
      if (migration.refused !== null) continue;
      const before = checkReport(text, old.generation!);
      const after = checkReport(migration.text);
      if (before.fatal !== null) continue;
      for (const { from, to } of migration.answers) {
        const was = before.questions[old.questions.findIndex((q) => q.number === from)]!;
        expect([name, from, after.questions[to - 1]!.words]).toEqual([name, from, was.words]);
      }
    }
  });
});
