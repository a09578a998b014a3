import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wholeAnswer } from '../../src/report/answer/whole-answer.js';
import { parseReport } from '../../src/report/parse-report.js';
import { setAnswer } from '../../src/report/set-answer.js';
import { type FourViews, fourViews } from '../helpers/four-views.js';
import { tempFolders } from '../helpers/temp-folders.js';
import { threeViews } from '../helpers/three-views.js';

// The shared corpus sits beside the repository on team machines and in CI; a lone clone has none.
const corpus = join(import.meta.dirname, '../../../shared/corpus');
const present = existsSync(join(corpus, 'reports'));
if (!present) console.warn(`SKIPPED views acceptance: ${corpus} not found (it lives beside the repository).`);

const names = present
  ? readdirSync(join(corpus, 'reports'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => f.slice(0, -3))
  : [];

const read = (name: string): string =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(readFileSync(join(corpus, 'reports', `${name}.md`)));

describe.skipIf(!present)('status, check --json and the wizard on the corpus (../shared/corpus)', () => {
  it.each(names)('should agree on answered and passing questions in %s', async (name) => {
    const { status, check, wizard } = await threeViews(read(name));
    expect(wizard.answered).toBe(status.answered);
    expect(status.passing).toBe(check.passing);
    expect(wizard.passing).toBe(check.passing);
  });

  it.each(names)(
    'should agree in %s with its first answer moved under a "####" sub-heading',
    async (name) => {
      const report = parseReport(read(name));
      const question = report.questions.find((q) => q.answerMarker !== null);
      if (question === undefined) return;
      const text = setAnswer(report, question.number, `#### Details\n\n${wholeAnswer(report, question)}`);
      const { status, check, wizard } = await threeViews(text);
      expect(wizard.answered).toBe(status.answered);
      expect(status.passing).toBe(check.passing);
      expect(wizard.passing).toBe(check.passing);
    },
  );
});

// A group's repository around the report: files that leave traces for some items (and none for the rest), so the
// evidence figures are not all zero.
const repositoryFiles: Record<string, string> = {
  'dockerfiles/train.dockerfile': 'FROM python:3.11-slim\nRUN pip install uv\n',
  'src/project/train.py':
    'import hydra\nfrom loguru import logger\n\n\ndef train(lr: float) -> None:\n    logger.info(lr)\n',
  'tests/test_data.py': 'def test_data() -> None:\n    assert True\n',
  '.github/workflows/tests.yaml': 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n',
};
const temp = tempFolders();
const repository = (text: string): string => {
  const root = temp('rw-views-');
  for (const [path, content] of Object.entries({ ...repositoryFiles, 'reports/README.md': text })) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  execFileSync('git', ['init', '-q'], { cwd: root });
  execFileSync('git', ['add', '-A'], { cwd: root });
  return join(root, 'reports/README.md');
};

/** Every figure the four views share, compared: status, check (the wizard's year), evidence and the wizard. */
const expectAgreement = ({ status, check, wizard, evidence }: FourViews): void => {
  expect(wizard.unanswered).toEqual(status.unanswered);
  expect(wizard.answered).toBe(status.answered);
  expect(wizard.passing).toBe(status.passing);
  // Per question, the overview counts with the year check --template gives: words, images, pass or fail.
  expect(wizard.questions).toEqual(check.questions);
  expect(wizard.failing).toEqual(check.failing);
  if (status.passing !== null) {
    // Today's report.py counts the report: status, check and the header tell the same.
    expect(status.passing).toBe(check.passing);
    expect(status.failing).toEqual(check.failing);
    expect(status.words).toBe(check.words);
  }
  expect(wizard.checklist).toEqual(status.checklist);
  // `evidence` refuses a report without a checklist (exit 2): then there is nothing to agree on.
  if (evidence === null) expect([status.checklist.items, status.checklist.evidence]).toEqual([0, null]);
  else expect(evidence).toEqual(status.checklist);
};

describe.skipIf(!present)('status, check, evidence and the wizard on every figure (../shared/corpus)', () => {
  it.each(names)(
    'should agree on words, images, passing, answered and the checklist in %s',
    async (name) => {
      const text = read(name);
      const views = await fourViews(repository(text), text);
      expect(views.evidence === null).toBe(parseReport(text).items.length === 0);
      expectAgreement(views);
    },
    30_000,
  );
});
