import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeFileSystem } from '../../src/io/node-file-system.js';
import { parseReport } from '../../src/report/parse-report.js';
import { setAnswer } from '../../src/report/set-answer.js';
import { type QueuedDoc, createWriteQueue } from '../../src/ui/create-write-queue.js';
import { requireCurrentDist } from '../helpers/current-dist.js';
import { tempFolders } from '../helpers/temp-folders.js';

const bin = fileURLToPath(new URL('../../bin/report-wizard.js', import.meta.url));
const fixture = readFileSync(new URL('../fixtures/reports/minimal-2026.md', import.meta.url), 'utf8');
const folder = tempFolders();

beforeAll(requireCurrentDist);

const load = (text: string, bytes: Uint8Array): QueuedDoc => ({ text, bytes, report: parseReport(text) });

/**
 * `answer N` run again and again as its own process until `stop` is called; resolves with the exit codes seen, each
 * failing one with what it printed.
 */
const answerLoop = (path: string, n: number) => {
  let stopped = false;
  let child: ChildProcess | undefined;
  const codes: (number | string | null)[] = [];
  const done = (async () => {
    for (let round = 0; !stopped; round++) {
      codes.push(
        await new Promise<number | string | null>((resolve) => {
          child = spawn(process.execPath, [bin, 'answer', String(n), path, '--text', `CLI ${n}.${round}`], {
            stdio: ['ignore', 'ignore', 'pipe'],
          });
          let stderr = '';
          child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
          child.on('close', (code) => resolve(code === 0 ? 0 : `${code}: ${stderr}`));
        }),
      );
    }
    return codes;
  })();
  return {
    /** How many `answer` runs have ended so far. */
    finished: () => codes.length,
    stop: async () => {
      stopped = true;
      return done;
    },
  };
};

describe('wizard saves beside CLI writers', () => {
  it('should write every save of question 1 while answer processes write questions 2 to 4', async () => {
    const dir = realpathSync(folder('rw-wizard-race-'));
    const path = join(dir, 'README.md');
    writeFileSync(path, fixture);
    const bytes = readFileSync(path);
    const queue = createWriteQueue({ fs: nodeFileSystem, path, initial: load(fixture, bytes), load });
    const writers = [2, 3, 4].map((n) => answerLoop(path, n));
    const outcomes: string[] = [];
    let last = parseReport(fixture).questions[0]!.answer;
    // At least 40 saves, and on until the writers have finished more than 6 runs between them: on a loaded machine
    // 40 saves can be over before the first answer process has started. Bounded, so a stuck writer fails the test.
    let save = 0;
    while (save < 40 || (writers.reduce((n, w) => n + w.finished(), 0) <= 6 && save < 4000)) {
      save++;
      const text = `Wizard save ${save}.`;
      const outcome = await queue.write(
        (report) => setAnswer(report, 1, text),
        // As the wizard's: the save goes on top only when question 1 is as it was.
        (report) => report.questions[0]!.answer === last,
      );
      outcomes.push(outcome.kind === 'failed' ? outcome.message : outcome.kind);
      last = text;
    }
    const codes = (await Promise.all(writers.map(async (w) => w.stop()))).flat();
    expect(outcomes).toEqual(outcomes.map(() => 'written'));
    expect(codes.filter((code) => code !== 0)).toEqual([]);
    // The writers ran during the saves, and every one's last answer is in the file with the wizard's.
    expect(codes.length).toBeGreaterThan(6);
    const final = parseReport(readFileSync(path, 'utf8'));
    expect(final.questions[0]!.answer).toBe(`Wizard save ${save}.`);
    for (const n of [2, 3, 4])
      expect(final.questions[n - 1]!.answer).toMatch(new RegExp(`^CLI ${n}\\.\\d+$`));
  }, 120_000);
});
