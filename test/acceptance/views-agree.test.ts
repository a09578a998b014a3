import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wholeAnswer } from '../../src/report/answer/whole-answer.js';
import { parseReport } from '../../src/report/parse-report.js';
import { setAnswer } from '../../src/report/set-answer.js';
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
