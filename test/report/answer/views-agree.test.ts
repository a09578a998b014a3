import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/report/parse-report.js';
import { setChecked } from '../../../src/report/set-checked.js';
import { fourViews } from '../../helpers/four-views.js';
import { makeReport } from '../../helpers/make-report.js';
import { tempFolders } from '../../helpers/temp-folders.js';
import { threeViews } from '../../helpers/three-views.js';

// Pieces of answers that have split the views before: sub-headings, placeholders, fenced code with "# comment" lines,
// stray markers, images, blank lines.
const piece = fc.constantFrom(
  'We used uv.',
  'Docker and GitHub Actions',
  '#### Details',
  '## Details',
  '### Sub',
  '--- question 5 fill here ---',
  '```bash\n# install deps\nuv sync\n```',
  '```\nunclosed',
  'Answer: yes',
  '![fig](figures/a.png)',
  '',
  '   ',
);
const answer = fc.array(piece, { minLength: 1, maxLength: 5 }).map((parts) => parts.join('\n\n'));
const reports = fc
  .record({
    answers: fc.dictionary(fc.integer({ min: 1, max: 31 }).map(String), answer, { maxKeys: 6 }),
    questions: fc.constantFrom<27 | 31>(27, 31, 31),
    eol: fc.constantFrom<'\n' | '\r\n' | '\r'>('\n', '\r\n', '\r'),
  })
  .map(({ answers, questions, eol }) =>
    makeReport({
      questions,
      eol,
      answers: Object.fromEntries(Object.entries(answers).map(([k, v]) => [Number(k), v])),
    }),
  );

describe('status, check --json and the wizard', () => {
  it('should agree on answered and passing questions in generated reports', async () => {
    await fc.assert(
      fc.asyncProperty(reports, async (text) => {
        const { status, check, wizard } = await threeViews(text);
        expect(wizard.answered).toBe(status.answered);
        expect(status.passing).toBe(check.passing);
        expect(wizard.passing).toBe(check.passing);
      }),
      { numRuns: 60 },
    );
  });

  it('should agree on an answer written only under a "####" sub-heading', async () => {
    const text = makeReport({ answers: { 4: '#### Setup\n\nWe used uv.' } });
    const { status, wizard } = await threeViews(text);
    expect([status.answered, wizard.answered]).toEqual([1, 1]);
  });
});

// One repository for every run: files that show some checklist items (docker, tests, CI) and not others; each run
// writes its report into it.
const temp = tempFolders();
const repository = (): string => {
  const root = temp('rw-views-unit-');
  const files: Record<string, string> = {
    'dockerfiles/train.dockerfile': 'FROM python:3.11-slim\n',
    'tests/test_data.py': 'def test_data() -> None:\n    assert True\n',
    '.github/workflows/tests.yaml': 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n',
    'reports/README.md': makeReport(),
  };
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  execFileSync('git', ['init', '-q'], { cwd: root });
  execFileSync('git', ['add', '-A'], { cwd: root });
  return join(root, 'reports/README.md');
};

describe('status, check, evidence and the wizard on every figure', () => {
  it('should agree on words, images, passing, answered and the checklist in generated reports', async () => {
    const path = repository();
    const ticked = fc.subarray(Array.from({ length: 11 }, (_, i) => i + 1));
    await fc.assert(
      fc.asyncProperty(reports, ticked, async (generated, items) => {
        const text = items.reduce((t, index) => setChecked(parseReport(t), index, true), generated);
        writeFileSync(path, text);
        const { status, check, wizard, evidence } = await fourViews(path, text);
        expect(wizard.unanswered).toEqual(status.unanswered);
        expect(wizard.answered).toBe(status.answered);
        expect(wizard.passing).toBe(status.passing);
        expect(wizard.questions).toEqual(check.questions);
        expect(wizard.failing).toEqual(check.failing);
        if (status.passing !== null) {
          expect(status.passing).toBe(check.passing);
          expect(status.failing).toEqual(check.failing);
          expect(status.words).toBe(check.words);
        }
        expect(wizard.checklist).toEqual(status.checklist);
        expect(evidence).toEqual(status.checklist);
        expect(status.checklist.checked).toBe(items.length);
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
