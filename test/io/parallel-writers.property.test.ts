import fc from 'fast-check';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { parseReport } from '../../src/report/parse-report.js';
import { setAnswer } from '../../src/report/set-answer.js';
import { setChecked } from '../../src/report/set-checked.js';
import { makeIo } from '../helpers/make-io.js';

const fixture = readFileSync(new URL('../fixtures/reports/minimal-2026.md', import.meta.url), 'utf8');
const itemCount = parseReport(fixture).items.length;
const words = fc.array(fc.constantFrom('uv', 'docker', 'pytest', 'hydra', 'wandb'), {
  minLength: 1,
  maxLength: 6,
});

type Edit = { kind: 'answer'; number: number; text: string } | { kind: 'toggle'; index: number };

const edits = fc
  .tuple(
    fc.uniqueArray(fc.tuple(fc.integer({ min: 1, max: 31 }), words), { selector: ([n]) => n, maxLength: 6 }),
    fc.uniqueArray(fc.integer({ min: 1, max: itemCount }), { maxLength: 4 }),
  )
  .map(([answers, items]): Edit[] => [
    ...answers.map(([number, w]) => ({ kind: 'answer' as const, number, text: w.join(' ') })),
    ...items.map((index) => ({ kind: 'toggle' as const, index })),
  ])
  .filter((list) => list.length > 0);

// The same queue, in one process: the writers of one report wait for each other whether or not they share a pid.
it('should land every edit of answer and toggle runs started together in one process, in any mix', async () => {
  await fc.assert(
    fc.asyncProperty(edits, async (list) => {
      const { io, cwd, out } = makeIo();
      const path = join(cwd, 'README.md');
      writeFileSync(path, fixture);
      const codes = await Promise.all(
        list.map(async (edit) =>
          runCli(
            edit.kind === 'answer'
              ? ['answer', String(edit.number), path, '--text', edit.text]
              : ['toggle', String(edit.index), path, '--on'],
            io,
          ),
        ),
      );
      const expected = list.reduce(
        (text, edit) =>
          edit.kind === 'answer'
            ? setAnswer(parseReport(text), edit.number, edit.text)
            : setChecked(parseReport(text), edit.index, true),
        fixture,
      );
      expect([codes, out.stderr]).toEqual([list.map(() => 0), '']);
      expect(readFileSync(path, 'utf8')).toBe(expected);
      expect(readdirSync(cwd)).toEqual(['README.md']);
      rmSync(cwd, { recursive: true });
    }),
    { numRuns: 25 },
  );
}, 60_000);
