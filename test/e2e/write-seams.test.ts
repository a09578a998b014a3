import { spawn } from 'node:child_process';
import { linkSync, readFileSync, readdirSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireCurrentDist } from '../helpers/current-dist.js';
import { tempFolders } from '../helpers/temp-folders.js';

const bin = fileURLToPath(new URL('../../bin/report-wizard.js', import.meta.url));
const fixture = readFileSync(new URL('../fixtures/reports/minimal-2026.md', import.meta.url), 'utf8');
const folder = tempFolders();

beforeAll(requireCurrentDist);

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs the built CLI to its end (or `killAfterMs`, then SIGKILL, which the test sees as a signal). */
const run = async (args: string[], options: { cwd?: string; killAfterMs?: number } = {}): Promise<Run> =>
  new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: options.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.killAfterMs ?? 30_000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started });
    });
  });

/** A fresh folder holding README.md with the fixture; its real path, since locks sit beside the real file. */
const reportIn = (): { dir: string; path: string } => {
  const dir = realpathSync(folder('rw-seams-'));
  writeFileSync(join(dir, 'README.md'), fixture);
  return { dir, path: join(dir, 'README.md') };
};

describe('a report with other names', () => {
  it('should refuse a hard-linked report with one line and exit 2, both names keeping their bytes', async () => {
    const { dir, path } = reportIn();
    linkSync(path, join(dir, 'copy.md'));
    const result = await run(['answer', '1', path, '--text', 'New.']);
    expect([result.code, result.stderr]).toEqual([
      2,
      `report-wizard: ${path} has 1 other hard link: a write would leave it on the old text, so nothing was written. Copy the file to a name of its own (cp README.md x && mv x README.md) and run the command again.\n`,
    ]);
    expect(readFileSync(path, 'utf8')).toBe(fixture);
    expect(readFileSync(join(dir, 'copy.md'), 'utf8')).toBe(fixture);
    expect(readdirSync(dir).sort()).toEqual(['README.md', 'copy.md']);
  });
});
