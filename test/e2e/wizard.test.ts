import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { parseReport } from '../../src/report/parse-report.js';
import { requireCurrentDist } from '../helpers/current-dist.js';
import { type Term, hasTmux, startTerm } from '../helpers/term.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin', 'report-wizard.js');
const fixture = fileURLToPath(new URL('../fixtures/reports/minimal-2026.md', import.meta.url));
const original = readFileSync(fixture, 'utf8');
const tmux = hasTmux();
const ci = process.env.CI === 'true';
if (!tmux && !ci)
  console.log('Skipping the pseudo-terminal tests: tmux is not installed (apt-get install tmux).');

// The tests run the bundle, which vitest's global setup builds when it is stale.
beforeAll(requireCurrentDist);

test.runIf(ci)('should have tmux when CI=true: the real-terminal tests must not skip there', () => {
  expect(tmux).toBe(true);
});

let dir: string;
let report: string;
let term: Term | null = null;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'report-wizard-e2e-'));
  await mkdir(join(dir, 'reports'));
  report = join(dir, 'reports', 'README.md');
  await copyFile(fixture, report);
});
afterEach(async () => {
  term?.close();
  term = null;
  await rm(dir, { recursive: true, force: true });
});

const start = (...args: string[]): Term => {
  term = startTerm([process.execPath, bin, ...args], {
    cwd: dir,
    env: { REPORT_WIZARD_STATE_DIR: join(dir, 'state') },
  });
  return term;
};

describe('report-wizard without a terminal', () => {
  test('should print the status and the hint, and exit 2, without a raw mode trace', () => {
    const result = spawnSync(process.execPath, [bin, 'reports/README.md'], {
      cwd: dir,
      env: { ...process.env, REPORT_WIZARD_STATE_DIR: join(dir, 'state') },
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'reports/README.md: questions passing 4/31 · checklist 0/11 checked\n' +
        'report-wizard needs an interactive terminal; use "report-wizard check" or "report-wizard answer" in scripts.\n',
    );
  });
});

describe.runIf(tmux || ci)('report-wizard in a pseudo-terminal', () => {
  test('should write a typed answer into that answer region only', async () => {
    const t = start('reports/README.md', '--question', '4');
    await t.waitFor('Question 4/31');
    t.type('We pinned every dependency with uv.');
    await t.waitFor('We pinned every dependency with uv.');
    t.keys('Tab');
    await t.waitFor('Question 5/31');
    t.keys('Escape');
    await t.waitFor('↑↓ select');
    t.keys('q');
    expect(await t.exitCode()).toBe(0);
    const after = await readFile(report, 'utf8');
    const { region } = parseReport(original).questions[3]!;
    expect(after.slice(0, region.start)).toBe(original.slice(0, region.start));
    expect(after.slice(after.length - (original.length - region.end))).toBe(original.slice(region.end));
    expect(parseReport(after).questions[3]!.answer).toBe('We pinned every dependency with uv.');
  });

  test('should toggle a checklist item by changing exactly one byte', async () => {
    const t = start('reports/README.md', '--checklist');
    await t.waitFor('Week 1 · 0/4 checked');
    t.keys('Space');
    await t.waitFor('checklist 1/11');
    t.keys('q');
    expect(await t.exitCode()).toBe(0);
    const before = Buffer.from(original);
    const after = await readFile(report);
    expect(after.length).toBe(before.length);
    expect([...after].filter((byte, i) => byte !== before[i]).length).toBe(1);
  });

  test('should restore a draft after kill -9 and ask before quitting with it', async () => {
    let t = start('reports/README.md', '--question', '6');
    await t.waitFor('Question 6/31');
    t.type('half an answer');
    await t.waitFor('half an answer');
    // The store writes within a second of a change: wait until the draft is on disk, not for a fixed time.
    const stateFile = join(dir, 'state', 'state.json');
    const until = Date.now() + 10_000;
    while (!(await readFile(stateFile, 'utf8').catch(() => '')).includes('half an answer')) {
      if (Date.now() > until) throw new Error('the draft never reached the store');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    process.kill(t.pid(), 'SIGKILL');
    await t.exitCode();
    t.close();
    t = start('reports/README.md');
    await t.waitFor('Resumed at question 6 · 1 unsaved draft restored');
    await t.waitFor('half an answer');
    t.keys('C-c');
    await t.waitFor('Question 6 has unwritten text.');
    t.keys('n');
    expect(await t.exitCode()).toBe(0);
    expect(await readFile(report, 'utf8')).toBe(original);
  });

  test('should keep the live region shorter than an 80x24 screen', async () => {
    const t = start('reports/README.md');
    const screen = await t.waitFor('↑↓ select');
    expect(screen.split('\n').length).toBeLessThan(24);
    t.keys('q');
    expect(await t.exitCode()).toBe(0);
  });
  test('should move three questions on Tab Tab Tab sent in one write', async () => {
    const t = start('reports/README.md', '--question', '4');
    await t.waitFor('Question 4/31');
    t.keys('Tab', 'Tab', 'Tab');
    await t.waitFor('Question 7/31');
    t.keys('Escape');
    await t.waitFor('↑↓ select');
    t.keys('q');
    expect(await t.exitCode()).toBe(0);
    expect(await readFile(report, 'utf8')).toBe(original);
  });

  test('should delete five characters on five Backspaces sent in one write', async () => {
    const t = start('reports/README.md', '--question', '4');
    await t.waitFor('Question 4/31');
    t.type('abcdefgh');
    await t.waitFor('│ abcdefgh');
    t.keys('BSpace', 'BSpace', 'BSpace', 'BSpace', 'BSpace');
    await t.waitUntil((screen) => screen.includes('│ abc ') && !screen.includes('abcd'), 'abc to remain');
    t.keys('Escape');
    await t.waitFor('↑↓ select');
    t.keys('q');
    expect(await t.exitCode()).toBe(0);
    expect(parseReport(await readFile(report, 'utf8')).questions[3]!.answer).toBe('abc');
  });

  test('should delete the word before the cursor on Ctrl+W', async () => {
    const t = start('reports/README.md', '--question', '4');
    await t.waitFor('Question 4/31');
    t.type('one two three');
    await t.waitFor('│ one two three');
    t.keys('C-w');
    await t.waitUntil((screen) => screen.includes('│ one two ') && !screen.includes('three'), 'three to go');
    t.keys('Escape');
    await t.waitFor('↑↓ select');
    t.keys('q');
    expect(await t.exitCode()).toBe(0);
    expect(parseReport(await readFile(report, 'utf8')).questions[3]!.answer.trimEnd()).toBe('one two');
  });

  test('should do nothing on Ctrl+F1 to Ctrl+F4, on every screen', async () => {
    const ctrlF = '\u001B[1;5P\u001B[1;5Q\u001B[1;5R\u001B[1;5S';
    const t = start('reports/README.md');
    const overview = await t.waitFor('↑↓ select');
    t.bytes(ctrlF);
    t.keys('Down');
    await t.waitFor('› ○  5');
    expect(overview).toContain('› ○  4');
    t.keys('Enter');
    await t.waitFor('Question 5/31');
    t.bytes(`${ctrlF}x${ctrlF}`);
    await t.waitFor('│ x ');
    t.keys('Escape');
    await t.waitFor('↑↓ select');
    t.bytes(`c${ctrlF}/${ctrlF}m17${ctrlF}`);
    await t.waitFor('Filter: m17▏ (1 of 11 items)');
    t.keys('Escape');
    await t.waitUntil((screen) => !screen.includes('Filter:'), 'the filter to close');
    t.keys('Escape');
    await t.waitFor('↑↓ select');
    t.keys('q');
    expect(await t.exitCode()).toBe(0);
    expect(parseReport(await readFile(report, 'utf8')).questions[4]!.answer).toBe('x');
  });

  test('should move ten rows on ten Downs sent 10 ms apart', async () => {
    const t = start('reports/README.md');
    await t.waitFor('› ○  4');
    for (let i = 0; i < 10; i++) {
      t.keys('Down');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await t.waitFor('› ○ 14');
    t.keys('q');
    expect(await t.exitCode()).toBe(0);
  });

  test('should draw again within the new size when the terminal is resized', async () => {
    const t = start('reports/README.md', '--question', '4');
    await t.waitFor('Question 4/31');
    t.resize(50, 16);
    const screen = await t.waitUntil(
      (shown) => shown.includes('╭────') && shown.split('\n').every((line) => [...line].length <= 50),
      'a 50-column frame',
    );
    expect(screen.split('\n').length).toBeLessThan(16);
    t.keys('Escape');
    await t.waitFor('↑↓ select');
    t.keys('q');
    expect(await t.exitCode()).toBe(0);
  });

  for (const [signal, code] of [
    ['SIGTERM', 143],
    ['SIGHUP', 129],
    ['SIGINT', 130],
  ] as const) {
    test(`should write the draft typed just before ${signal} and exit ${code}`, async () => {
      const t = start('reports/README.md', '--question', '6');
      await t.waitFor('Question 6/31');
      t.type('typed just before the signal');
      await t.waitFor('typed just before the signal');
      // Well within the store's one-second delay: only the signal handler can have written the draft.
      process.kill(t.pid(), signal);
      expect(await t.exitCode(), t.screen()).toBe(code);
      t.close();
      const again = start('reports/README.md');
      await again.waitFor('1 unsaved draft restored');
      await again.waitFor('typed just before the signal');
      again.keys('C-c');
      await again.waitFor('Question 6 has unwritten text.');
      again.keys('n');
      expect(await again.exitCode()).toBe(0);
    });
  }
});
