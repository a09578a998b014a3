import { spawn } from 'node:child_process';
import {
  mkdirSync,
  readFileSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireCurrentDist } from '../helpers/current-dist.js';
import { tempFolders } from '../helpers/temp-folders.js';

const bin = fileURLToPath(new URL('../../bin/report-wizard.js', import.meta.url));
const filled = readFileSync(new URL('../fixtures/reports/filled-2026.md', import.meta.url), 'utf8');
const words = (n: number): string => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
/** The filled report with question 5's answer made of `n` words (it passes from 100 on). */
const withQ5 = (n: number): string => filled.replace(/^We kept the cookiecutter layout.*$/m, words(n));
const folder = tempFolders();

beforeAll(requireCurrentDist);

/** Resolves once `condition` holds, checking every 20 ms; fails with `what` after `ms`. */
const waitFor = async (condition: () => boolean, what: () => string, ms = 20_000): Promise<void> => {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting: ${what()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

/** `check --watch` on a fresh copy of the filled report (with its figures), and what it has printed so far. */
const watchReport = () => {
  const dir = realpathSync(folder('rw-watch-'));
  const path = join(dir, 'README.md');
  writeFileSync(path, withQ5(120));
  mkdirSync(join(dir, 'figures'));
  for (const [, image] of filled.matchAll(/\]\((figures\/[^)]+)\)/g)) writeFileSync(join(dir, image!), '');
  const child = spawn(process.execPath, [bin, 'check', '--watch', 'README.md'], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out = { stdout: '', stderr: '' };
  child.stdout.on('data', (chunk: Buffer) => (out.stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (out.stderr += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const saves = (): number => out.stdout.split('\n').filter((l) => l.startsWith('README.md saved:')).length;
  const shown = (): string => JSON.stringify(out);
  return { dir, path, child, out, exit, saves, shown };
};

describe('check --watch', () => {
  it('should check again once per save, in place, by rename and after delete and recreate, and exit 0 on Ctrl+C', async () => {
    const w = watchReport();
    await waitFor(() => w.out.stderr.includes('Watching README.md'), w.shown);
    expect(w.out.stdout).toMatch(/\n31\/31 questions pass\.\n$/);

    writeFileSync(w.path, withQ5(40));
    await waitFor(() => w.saves() === 1, w.shown);
    expect(w.out.stdout).toContain(
      'README.md saved: 30/31 questions pass (was: 31/31 questions pass).\n' +
        '  ✗ Question 5 fails now (40 words, 0 images; expected 100–200 words).\n',
    );

    writeFileSync(join(w.dir, '.README.md.swp'), withQ5(130));
    renameSync(join(w.dir, '.README.md.swp'), w.path);
    await waitFor(() => w.saves() === 2, w.shown);
    expect(w.out.stdout).toContain('  ✓ Question 5 passes now (130 words, 0 images).\n');

    rmSync(w.path);
    await waitFor(() => w.out.stderr.includes('Waiting for the next save.'), w.shown);
    writeFileSync(w.path, withQ5(50));
    await waitFor(() => w.saves() === 3, w.shown);
    expect(w.out.stdout).toContain(
      '  ✗ Question 5 fails now (50 words, 0 images; expected 100–200 words).\n',
    );
    expect(w.out.stderr.split('\n').filter((l) => l.includes('Waiting for the next save.'))).toHaveLength(1);

    w.child.kill('SIGINT');
    expect(await w.exit).toBe(0);
  }, 60_000);

  it('should keep its handle count flat over 1,000 saves in a row', async () => {
    const w = watchReport();
    await waitFor(() => w.out.stderr.includes('Watching README.md'), w.shown);
    const handles = (): number => readdirSync(`/proc/${w.child.pid}/fd`).length;
    const before = handles();
    for (let i = 0; i < 1000; i++) {
      const text = withQ5(100 + (i % 50));
      if (i % 2 === 0) writeFileSync(w.path, text);
      else {
        writeFileSync(`${w.path}.tmp`, text);
        renameSync(`${w.path}.tmp`, w.path);
      }
    }
    writeFileSync(w.path, withQ5(33));
    await waitFor(() => w.out.stdout.includes('  ✗ Question 5 fails now (33 words'), w.shown);
    expect(handles()).toBe(before);
    w.child.kill('SIGTERM');
    expect(await w.exit).toBe(0);
  }, 60_000);

  it('should refuse --watch with several reports or JSON, in one line', async () => {
    const child = spawn(process.execPath, [bin, 'check', '--watch', '--json', 'a.md'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(2);
    expect(stderr).toBe(
      'report-wizard: --watch checks one report and prints text or --format compact: give one PATH, without --json, github or --fail-on.\n',
    );
  });
});
