import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { parseReport } from '../../src/report/parse-report.js';
import { setAnswer } from '../../src/report/set-answer.js';
import { requireCurrentDist } from '../helpers/current-dist.js';
import { type Term, hasTmux, startTerm } from '../helpers/term.js';

const bin = fileURLToPath(new URL('../../bin/report-wizard.js', import.meta.url));
const fixture = fileURLToPath(new URL('../fixtures/reports/minimal-2026.md', import.meta.url));
const original = readFileSync(fixture, 'utf8');
const tmux = hasTmux();
// Under CI a missing tmux fails these tests instead of skipping them.
const run = tmux || process.env.CI === 'true';
if (!run) console.log('Skipping the wizard follows-the-file terminal tests: tmux is not installed.');

let dir: string;
let report: string;
const terms: Term[] = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'report-wizard-follow-'));
  await mkdir(join(dir, 'reports'));
  report = join(dir, 'reports', 'README.md');
  await copyFile(fixture, report);
});
afterEach(async () => {
  for (const term of terms.splice(0)) term.close();
  await rm(dir, { recursive: true, force: true });
});

const start = (...args: string[]): Term => {
  const term = startTerm([process.execPath, bin, ...args], {
    cwd: dir,
    env: { REPORT_WIZARD_STATE_DIR: join(dir, 'state'), NO_COLOR: '1' },
    columns: 80,
    rows: 24,
  });
  terms.push(term);
  return term;
};

/** `report-wizard answer` run by a second process while the wizard is open. */
const answer = (n: number, text: string): void => {
  execFileSync(process.execPath, [bin, 'answer', String(n), '--text', text, 'reports/README.md'], {
    cwd: dir,
    stdio: 'ignore',
  });
};

describe.runIf(run)('the wizard follows the report on disk', () => {
  beforeAll(requireCurrentDist);

  test('should show the count after another process answers, and after an editor’s rename save', async () => {
    const term = start('reports/README.md');
    await term.waitFor('0/31 answered', 15_000);
    answer(1, 'Group 42');
    await term.waitFor('1/31 answered');
    await term.waitFor('The report changed on disk: question 1 read again.');
    // vim's and VS Code's save: a new file renamed over the report.
    const saved = setAnswer(parseReport(await readFile(report, 'utf8')), 2, 's123456, s654321');
    await writeFile(`${report}.tmp`, saved);
    await rename(`${report}.tmp`, report);
    await term.waitFor('2/31 answered');
    await term.waitFor('question 2 read again.');
    term.keys('q');
    expect(await term.exitCode()).toBe(0);
    expect(await readFile(report, 'utf8')).toBe(saved);
  });

  test('should keep a draft another process changed under it and show both versions', async () => {
    const term = start('reports/README.md', '--question', '4');
    await term.waitFor('Question 4/31', 15_000);
    term.type('We used uv.');
    await term.waitFor('│ We used uv.');
    answer(4, 'We used pip and a requirements file.');
    await term.waitFor('Ctrl+O on it compares the two.');
    term.keys('C-o');
    const screen = await term.waitFor('Your draft:');
    expect(screen.split('\n').slice(2, 7)).toEqual([
      'Question 4 changed in the file since your unsaved draft began.',
      'In the file:',
      'We used pip and a requirements file.',
      'Your draft:',
      'We used uv.',
    ]);
    term.keys('d');
    await term.waitFor('│ We used uv.');
    answer(5, 'Five.');
    await term.waitFor('question 5 read again.');
    term.keys('C-s');
    await term.waitFor('Wrote question 4.');
    // The draft kept replaced question 4 only: the other process's question 5 stays.
    expect(await readFile(report, 'utf8')).toBe(
      setAnswer(parseReport(setAnswer(parseReport(original), 4, 'We used uv.')), 5, 'Five.'),
    );
    term.keys('Escape');
    await term.waitFor('↑↓ select');
    term.keys('q');
    expect(await term.exitCode()).toBe(0);
  });
});
