import { readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { requireCurrentDist } from '../helpers/current-dist.js';
import { type Term, hasTmux, startTerm } from '../helpers/term.js';

const bin = fileURLToPath(new URL('../../bin/report-wizard.js', import.meta.url));
const fixture = fileURLToPath(new URL('../fixtures/reports/minimal-2026.md', import.meta.url));
const original = readFileSync(fixture, 'utf8');
const tmux = hasTmux();
// Under CI a missing tmux fails these tests instead of skipping them.
const run = tmux || process.env.CI === 'true';
if (!run) console.log('Skipping the wizard drafts terminal tests: tmux is not installed.');

let dir: string;
let report: string;
let state: string;
const terms: Term[] = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'report-wizard-drafts-'));
  await mkdir(join(dir, 'reports'));
  report = join(dir, 'reports', 'README.md');
  state = join(dir, 'state');
  await copyFile(fixture, report);
});
afterEach(async () => {
  for (const term of terms.splice(0)) term.close();
  await rm(dir, { recursive: true, force: true });
});

const start = (...args: string[]): Term => {
  const term = startTerm([process.execPath, bin, ...args], {
    cwd: dir,
    env: { REPORT_WIZARD_STATE_DIR: state },
    columns: 160,
  });
  terms.push(term);
  return term;
};

/** Waits until the saved state on disk passes `check`, failing after a deadline. */
const savedUntil = async (check: (text: string) => boolean, deadlineMs = 10_000): Promise<void> => {
  const end = Date.now() + deadlineMs;
  while (!check(await readFile(join(state, 'state.json'), 'utf8').catch(() => ''))) {
    if (Date.now() > end) throw new Error('the saved state never held what was typed');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe.runIf(run)('the wizard drafts', () => {
  beforeAll(requireCurrentDist);
  test('should keep the drafts of two wizards on one report', async () => {
    const one = start('reports/README.md', '--question', '5');
    const two = start('reports/README.md', '--question', '7');
    await one.waitFor('Question 5/31', 15_000);
    await two.waitFor('Question 7/31', 15_000);
    one.type('alpha draft');
    two.type('beta draft');
    await savedUntil((text) => text.includes('alpha draft') && text.includes('beta draft'));
    for (const term of [one, two]) {
      process.kill(term.pid(), 'SIGKILL');
      await term.exitCode();
    }
    const three = start('reports/README.md');
    await three.waitFor('2 unsaved drafts restored', 15_000);
    three.keys('C-c');
    await three.waitFor('unwritten text');
    three.keys('n');
    expect(await three.exitCode()).toBe(0);
    expect(await readFile(report, 'utf8')).toBe(original);
  });

  test('should move a corrupt store aside and say so at start', async () => {
    await mkdir(state);
    await writeFile(join(state, 'state.json'), '{"half a');
    const term = start('reports/README.md');
    const screen = await term.waitFor('Unreadable saved state moved to state.json.corrupt-', 15_000);
    const [aside] = (await readdir(state)).filter((name) => name.startsWith('state.json.corrupt-'));
    expect(screen).toContain(`Unreadable saved state moved to ${aside} in ${state}`);
    expect(await readFile(join(state, aside ?? ''), 'utf8')).toBe('{"half a');
    term.keys('q');
    expect(await term.exitCode()).toBe(0);
  });
});
