import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { requireCurrentDist } from '../helpers/current-dist.js';
import { type Term, hasTmux, startTerm } from '../helpers/term.js';
import { git } from '../helpers/test-git.js';

// The wizard's layout as tmux draws it, at 80x24 and 40x10: the header's counts, the editor's borders, resizes.
const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin', 'report-wizard.js');
const fixture = (path: string): string => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));
const minimal = readFileSync(fixture('reports/minimal-2026.md'), 'utf8');
const tmux = hasTmux();
const posix = process.platform !== 'win32';

beforeAll(requireCurrentDist);

let dir: string;
let term: Term | null = null;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'report-wizard-e2e-layout-'));
});
afterEach(async () => {
  term?.close();
  term = null;
  await rm(dir, { recursive: true, force: true });
});

const start = (cwd: string, columns: number, rows: number, ...args: string[]): Term => {
  term = startTerm([process.execPath, bin, 'reports/README.md', ...args], {
    cwd,
    env: { REPORT_WIZARD_STATE_DIR: join(dir, 'state'), NO_COLOR: '1' },
    columns,
    rows,
  });
  return term;
};

/** The rows of the editor's box (top border to bottom border) and the cells tmux drew each in. */
const boxWidths = (t: Term): number[] => {
  const lines = t.screen().split('\n');
  const top = lines.findIndex((line) => line.startsWith('╭'));
  const bottom = lines.findIndex((line) => line.startsWith('╰'));
  expect(top).toBeGreaterThanOrEqual(0);
  expect(bottom).toBeGreaterThan(top);
  for (const line of lines.slice(top + 1, bottom)) expect(line).toMatch(/^│.*│$/);
  return t.rowWidths().slice(top, bottom + 1);
};

describe.runIf(tmux && posix)('the wizard’s layout in a real terminal', () => {
  test('should keep the header’s counts whole beside git’s warnings and the hand-in badge, at 80x24 and 40x10', async () => {
    // A clone that has committed but not pushed, has an uncommitted change, and an answer only on another branch.
    const origin = join(dir, 'origin.git');
    const clone = join(dir, 'clone');
    git(dir, 'init', '-q', '--bare', '-b', 'main', origin);
    git(dir, 'clone', '-q', origin, clone);
    git(clone, 'checkout', '-q', '-b', 'main');
    await mkdir(join(clone, 'reports'));
    await writeFile(join(clone, 'reports', 'README.md'), minimal);
    git(clone, 'add', '.');
    git(clone, 'commit', '-qm', 'base');
    git(clone, 'push', '-q', 'origin', 'main');
    git(clone, 'remote', 'set-head', 'origin', 'main');
    git(clone, 'checkout', '-q', '-b', 'draft');
    const words = Array.from({ length: 149 }, (_, i) => `word${i}`).join(' ');
    await writeFile(
      join(clone, 'reports', 'README.md'),
      minimal.replace('--- question 27 fill here ---', words),
    );
    git(clone, 'commit', '-qam', 'draft');
    git(clone, 'push', '-q', 'origin', 'draft');
    git(clone, 'checkout', '-q', 'main');
    await writeFile(join(clone, 'notes.txt'), 'local\n');
    git(clone, 'add', 'notes.txt');
    git(clone, 'commit', '-qm', 'local');
    await writeFile(join(clone, 'reports', 'README.md'), `${minimal}\n`);

    const t = start(clone, 80, 24);
    let screen = await t.waitFor('hand-in:');
    await t.waitFor('git:');
    screen = t.screen();
    // Before: '…/README.md · report.py 4/31 pa… · hand-in: stranded Q27, unpushed'.
    expect(screen.split('\n')[0]).toBe(
      'report.py 4/31 pass · 0/31 answered · checklist 0/11 · git: … · hand-in: …',
    );
    t.resize(40, 10);
    await t.waitUntil(
      (shown) => shown.split('\n')[0] === '4/31 pass · 0 answered · 0/11 ticked ⚠',
      'the header’s counts whole at 40 columns',
    );
    t.keys('q');
    expect(await t.exitCode()).toBe(0);
  });

  test('should keep the editor’s right border in place with emoji sequences in the answer, at 80x24 and 40x10, across resizes', async () => {
    await mkdir(join(dir, 'reports'));
    await copyFile(fixture('reports/minimal-2026.md'), join(dir, 'reports', 'README.md'));
    const t = start(dir, 80, 24, '--question', '3');
    await t.waitFor('Question 3/31');
    // A skin tone, a ZWJ sequence, a flag, VS16, a keycap and a person with a skin tone at work.
    t.type('thumbs 👍🏽 coder 👩‍💻 flag 🇩🇰 heart ❤️ key 1️⃣ dev 🧑🏽‍💻 end.');
    await t.waitFor('end.');
    // Before, tmux drew 👍🏽 in four cells where the editor counted two: the row's border went to the next line.
    expect(boxWidths(t).every((width) => width === 80)).toBe(true);
    expect(t.screen().split('\n')[0]).toMatch(/^report\.py \d+\/31 pass · \d+\/31 answered/);

    t.resize(40, 10);
    await t.waitUntil(
      (s) => s.split('\n').some((line) => line === `╭${'─'.repeat(38)}╮`),
      'the 40-column box',
    );
    expect(boxWidths(t).every((width) => width === 40)).toBe(true);
    expect(t.screen().split('\n').length).toBeLessThanOrEqual(10);

    t.resize(30, 8);
    await t.waitFor('The terminal is 30x8;');
    t.resize(80, 24);
    const back = await t.waitUntil(
      (s) => s.split('\n').some((line) => line === `╭${'─'.repeat(78)}╮`) && s.includes('end.'),
      'the 80-column box again',
    );
    // Redrawn cleanly: one header at the top, one box, nothing left of the small frames.
    expect(back.split('\n')[0]).toMatch(/^report\.py \d+\/31 pass/);
    expect(back.split('\n').filter((line) => line.startsWith('╭'))).toHaveLength(1);
    expect(back).not.toContain('The terminal is');
    expect(boxWidths(t).every((width) => width === 80)).toBe(true);
    t.keys('C-c');
    await t.waitFor('y write and quit');
    t.keys('n');
    expect(await t.exitCode()).toBe(0);
  });
});
