import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { setAnswer } from '../../src/report/set-answer.js';
import { parseReport } from '../../src/report/parse-report.js';
import { controls, controlsShown } from '../helpers/control-text.js';
import { requireCurrentDist } from '../helpers/current-dist.js';
import { type Term, hasTmux, startTerm } from '../helpers/term.js';

const bin = fileURLToPath(new URL('../../bin/report-wizard.js', import.meta.url));
const tmux = hasTmux();
// Under CI a missing tmux fails these tests instead of skipping them.
const required = process.env.CI === 'true';
if (!tmux && !required) console.log('Skipping the terminal-safety tests: tmux is not installed.');

const minimal = readFileSync(
  fileURLToPath(new URL('../fixtures/reports/minimal-2026.md', import.meta.url)),
  'utf8',
);
// A checklist item, a section heading and question 4's answer that set the title and clear the screen.
const hostile = setAnswer(parseReport(minimal), 4, `We pinned ${controls} everything.`)
  .replace('Create a git repository for the project (M5)', `Create a ${controls} repository (M5)`)
  .replace('## Coding environment', `## Coding ${controls} environment`);

let dir: string;
let report: string;
let term: Term | null = null;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'report-wizard-e2e-'));
  await mkdir(join(dir, 'reports'));
  report = join(dir, 'reports', 'README.md');
  await writeFile(report, hostile);
});
afterEach(async () => {
  term?.close();
  term = null;
  await rm(dir, { recursive: true, force: true });
});

describe.runIf(tmux || required)('report-wizard on a report holding escape sequences', () => {
  beforeAll(requireCurrentDist);
  test('should keep the terminal title and the screen, showing the sequences instead', async () => {
    // A line before the wizard, and a clear that erases rather than scrolls into the history: were the screen
    // cleared, the line would be gone. The shell waits for Enter so the title is read before the wizard starts.
    term = startTerm(
      [
        'sh',
        '-c',
        'echo "before the wizard"; read _; exec "$@"',
        'sh',
        process.execPath,
        bin,
        'reports/README.md',
        '--checklist',
      ],
      {
        cwd: dir,
        env: { REPORT_WIZARD_STATE_DIR: join(dir, 'state') },
        tmuxOptions: { 'scroll-on-clear': 'off' },
      },
    );
    const t = term;
    await t.waitFor('before the wizard');
    const title = t.title();
    expect(title).not.toBe('x');
    t.keys('Enter');
    await t.waitFor(`› [ ] Create a ${controlsShown} repository (M5)`);
    expect(t.title()).toBe(title);
    t.keys('Escape');
    await t.waitFor(`Coding ${controlsShown} environment`);
    t.keys('Enter');
    await t.waitFor(`We pinned ${controlsShown} everything.`);
    expect(t.title()).toBe(title);
    t.keys('Escape');
    await t.waitFor('↑↓ select');
    t.keys('q');
    expect(await t.exitCode()).toBe(0);
    expect(t.title()).toBe(title);
    expect(t.history().split('\n')[0]).toBe('before the wizard');
    // Nothing was edited: the file keeps every byte, escape sequences included.
    expect(await readFile(report, 'utf8')).toBe(hostile);
  });

  test('should keep the terminal title and the screen when status prints the report', async () => {
    term = startTerm(
      [
        'sh',
        '-c',
        'echo "before status"; exec "$@"',
        'sh',
        process.execPath,
        bin,
        'status',
        'reports/README.md',
      ],
      {
        cwd: dir,
        tmuxOptions: { 'scroll-on-clear': 'off' },
      },
    );
    const t = term;
    expect(await t.exitCode()).toBe(0);
    const lines = t.history().split('\n');
    expect(lines[0]).toBe('before status');
    expect(t.title()).not.toBe('x');
    expect(lines).toContain(`     1 [ ] Create a ${controlsShown} repository (M5)`);
  });
});
