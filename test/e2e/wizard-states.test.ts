import { readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { requireCurrentDist } from '../helpers/current-dist.js';
import { type Term, hasTmux, startTerm } from '../helpers/term.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin', 'report-wizard.js');
// Our own fixture: filled-2026 with Q3 left as the placeholder, five backslash-ended lines in Q22 and a cut in Q23.
const fixtures = join(root, 'test', 'fixtures', 'reports');
const tmux = hasTmux();
const ci = process.env.CI === 'true';

// The tests run the bundle, which vitest's global setup builds when it is stale.
beforeAll(requireCurrentDist);

test.runIf(ci)('should have tmux when CI=true: the real-terminal tests must not skip there', () => {
  expect(tmux).toBe(true);
});

let dir: string | null = null;
let term: Term | null = null;
afterEach(async () => {
  term?.close();
  term = null;
  if (dir !== null) await rm(dir, { recursive: true, force: true });
  dir = null;
});

/** Starts the wizard at 80x24 on a copy of a fixture report; returns the terminal and the copy's path. */
const open = async (name: string, ...args: string[]): Promise<{ t: Term; report: string }> => {
  dir = await mkdtemp(join(tmpdir(), 'report-wizard-states-'));
  await mkdir(join(dir, 'reports'));
  const report = join(dir, 'reports', 'README.md');
  await copyFile(join(fixtures, name), report);
  term = startTerm([process.execPath, bin, 'reports/README.md', ...args], {
    cwd: dir,
    env: { REPORT_WIZARD_STATE_DIR: join(dir, 'state') },
    columns: 80,
    rows: 24,
  });
  return { t: term, report };
};

describe.runIf(tmux)('question states in a real terminal', () => {
  test('should not mark a question holding only the placeholder ✓, although report.py passes it', async () => {
    const { t } = await open('wizard-states.md');
    await t.waitFor('↑↓ select');
    t.type('3');
    const screen = await t.waitFor('› ○  3 ');
    const row = screen.split('\n').find((line) => line.startsWith('› ○  3 '))!;
    expect(row).toMatch(/ 6\/0-200 words ⚠1$/);
    expect(screen).not.toMatch(/✓ {1,2}3 /);
    expect(screen.split('\n')[0]).toContain('report.py 30/31 pass · 30/31 answered');
    t.keys('q');
    expect(await t.exitCode()).toBe(0);
  });

  test('should remove the placeholder warning as soon as an answer is typed, before any save', async () => {
    const { t, report } = await open('wizard-states.md', '--question', '3');
    await t.waitFor('Question 3 is not answered yet');
    await t.waitFor('6 words · 0–200');
    t.type('We used pandas and polars.');
    await t.waitUntil(
      (screen) => screen.includes('5 words · 0–200') && !screen.includes('not answered yet'),
      'the count of the typed answer without the placeholder warning',
    );
    // Nothing was written: the warning went with the draft, not with a save.
    expect(await readFile(report, 'utf8')).toBe(readFileSync(join(fixtures, 'wizard-states.md'), 'utf8'));
    t.keys('C-c');
    await t.waitFor('Question 3 has unwritten text.');
    t.keys('n');
    expect(await t.exitCode()).toBe(0);
  });

  test('should show the whole answer of Q23 with the place where report.py stops counting', async () => {
    const { t } = await open('wizard-states.md', '--question', '23');
    await t.waitFor('Question 23/31');
    await t.waitFor('1 word · 100–200');
    // The editor opens at the end of the answer: up to its first line, where report.py's cut is.
    t.keys(...Array<string>(60).fill('Up'));
    const screen = await t.waitFor('report.py stops counting at the "##" in the next line: the');
    expect(screen).toContain('---  ### How our API serves the model');
    t.keys(...Array<string>(60).fill('Down'));
    await t.waitFor('maintain. ---');
    t.keys('C-c');
    expect(await t.exitCode()).toBe(0);
  });

  test('should list all five warnings of Q22 on Ctrl+L and go back on Esc', async () => {
    const { t } = await open('wizard-states.md', '--question', '22');
    await t.waitFor('⚠ … and 4 more warnings: Ctrl+L lists them all');
    t.keys('C-l');
    await t.waitFor('5 warnings · ↑↓ scroll');
    t.keys('PageDown');
    await t.waitFor('⚠ line 338: A backslash ends line 338');
    t.keys('Escape');
    await t.waitFor('╭──');
    t.keys('C-c');
    expect(await t.exitCode()).toBe(0);
  });
});
