import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, readdirSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { requireCurrentDist } from '../helpers/current-dist.js';
import { makeIo } from '../helpers/make-io.js';
import { tempFolders } from '../helpers/temp-folders.js';

const bin = fileURLToPath(new URL('../../bin/report-wizard.js', import.meta.url));
const editor = fileURLToPath(new URL('../helpers/editor-saves.mjs', import.meta.url));
const fixture = readFileSync(new URL('../fixtures/reports/minimal-2026.md', import.meta.url), 'utf8');
const folder = tempFolders();
// The editor's own line, after the last answer: `answer 1` never touches it, so only a lost save can lower it.
const withEditorLine = `${fixture}\n<!-- editor 0 -->\n`;
// One line a refused `answer` may say: the editor saved in between, or was caught half-way through an in-place save.
const refusals = (path: string): string[] => [
  `report-wizard: ${path} changed on disk since it was read: nothing was written. Run the command again.\n`,
  `report-wizard: ${path} is not an exam report: it has no "### Question" headings and no "Answer:".\n`,
];

// RACE_SAVES=3000 runs the long race by hand (about 1,000 writes each way) and prints its figures.
const longRun = Number(process.env.RACE_SAVES ?? 0);
const saves = longRun > 0 ? longRun : 300;

beforeAll(requireCurrentDist);

interface EditorResult {
  saves: number;
  lost: number;
}

/** Starts the editor on `path`; `done` settles with its figures once it has made `saves` saves. */
const startEditor = (
  path: string,
  mode: 'rename' | 'inplace',
  saves: number,
): { child: ChildProcess; done: Promise<EditorResult> } => {
  const child = spawn(process.execPath, [editor, path, mode, String(saves), '20'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const done = new Promise<EditorResult>((resolve, reject) =>
    child.on('close', (code) =>
      code === 0 ? resolve(JSON.parse(stdout) as EditorResult) : reject(new Error(`editor exited ${code}`)),
    ),
  );
  return { child, done };
};

/** Runs `write` again and again until the editor is done; returns the exit codes and what was said. */
const raceEditor = async (
  mode: 'rename' | 'inplace',
  saves: number,
  write: (path: string, n: number) => Promise<{ code: number | null; stderr: string }>,
) => {
  const dir = realpathSync(folder('rw-race-'));
  const path = join(dir, 'README.md');
  writeFileSync(path, withEditorLine);
  const { done } = startEditor(path, mode, saves);
  let finished = false;
  const figures = done.finally(() => (finished = true));
  const runs: { code: number | null; stderr: string }[] = [];
  while (!finished) runs.push(await write(path, runs.length));
  return { path, dir, editor: await figures, runs };
};

/** `answer 1` in this process, on the real file system: hundreds of writes while the editor saves. */
const answerHere = async (path: string, n: number) => {
  const { io, out } = makeIo();
  const code = await runCli(['answer', '1', path, '--text', `Write ${n}.`], io);
  return { code, stderr: out.stderr };
};

/** `answer 1` as its own process, as a student runs it. */
const answerProcess = async (path: string, n: number) =>
  new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [bin, 'answer', '1', path, '--text', `Write ${n}.`], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stderr }));
  });

describe('writers racing an editor that knows nothing of the lock', () => {
  for (const mode of ['rename', 'inplace'] as const) {
    it(
      `should lose none of the editor's ${mode} saves to answers written at the same time`,
      async () => {
        const { path, dir, editor: figures, runs } = await raceEditor(mode, saves, answerHere);
        if (longRun > 0)
          console.log(
            JSON.stringify({
              mode,
              ...figures,
              writes: runs.filter((r) => r.code === 0).length,
              refused: runs.filter((r) => r.code !== 0).length,
            }),
          );
        expect([figures.saves, figures.lost]).toEqual([saves, 0]);
        const refused = runs.filter((r) => r.code !== 0);
        expect(refused.filter((r) => r.code !== 2 || !refusals(path).includes(r.stderr))).toEqual([]);
        // The race was run: answers landed between the saves.
        expect(runs.length - refused.length).toBeGreaterThan(10);
        expect(readdirSync(dir)).toEqual(['README.md']);
        expect(readFileSync(path, 'utf8')).toContain(`<!-- editor ${saves} -->`);
      },
      60_000 + saves * 100,
    );

    it(`should lose none of the editor's ${mode} saves to answer processes`, async () => {
      const { path, dir, editor: figures, runs } = await raceEditor(mode, 150, answerProcess);
      expect(figures.lost).toBe(0);
      expect(
        runs.filter((r) => r.code !== 0 && (r.code !== 2 || !refusals(path).includes(r.stderr))),
      ).toEqual([]);
      expect(readdirSync(dir)).toEqual(['README.md']);
    }, 60_000);
  }
});
