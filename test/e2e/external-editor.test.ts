import { readFileSync } from 'node:fs';
import { chmod, copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { parseReport } from '../../src/report/parse-report.js';
import { requireCurrentDist } from '../helpers/current-dist.js';
import { type Term, hasTmux, startTerm } from '../helpers/term.js';

const bin = fileURLToPath(new URL('../../bin/report-wizard.js', import.meta.url));
const fixture = fileURLToPath(new URL('../fixtures/reports/minimal-2026.md', import.meta.url));
const original = readFileSync(fixture, 'utf8');
// Under CI a missing tmux fails these tests instead of skipping them.
const run = hasTmux() || process.env.CI === 'true';
if (!run) console.log('Skipping the Ctrl+E terminal tests: they need tmux.');

let dir: string;
let report: string;
let term: Term | null = null;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'report-wizard-e2e-'));
  await mkdir(join(dir, 'reports'));
  await mkdir(join(dir, 'tmp'));
  report = join(dir, 'reports', 'README.md');
  await copyFile(fixture, report);
});
afterEach(async () => {
  term?.close();
  term = null;
  await rm(dir, { recursive: true, force: true });
});

/** Starts the wizard on question 4 with `script` (sh, its file is "$1") as the editor and a private TMPDIR. */
const startWithEditor = async (script: string): Promise<Term> => {
  const editor = join(dir, 'editor.sh');
  await writeFile(editor, `#!/bin/sh\n${script}\n`);
  await chmod(editor, 0o755);
  term = startTerm([process.execPath, bin, 'reports/README.md', '--question', '4'], {
    cwd: dir,
    env: { REPORT_WIZARD_STATE_DIR: join(dir, 'state'), EDITOR: editor, TMPDIR: join(dir, 'tmp') },
  });
  await term.waitFor('Question 4/31');
  return term;
};

describe.runIf(run)('Ctrl+E in a pseudo-terminal', () => {
  beforeAll(requireCurrentDist);
  test('should put a line the editor appends on a line of its own', async () => {
    const t = await startWithEditor(`printf 'more words\\n' >> "$1"`);
    t.type('first.');
    await t.waitFor('first.');
    t.keys('C-e');
    await t.waitFor('more words');
    t.keys('C-s');
    t.keys('Escape');
    await t.waitFor('↑↓ select');
    t.keys('q');
    expect(await t.exitCode()).toBe(0);
    expect(parseReport(await readFile(report, 'utf8')).questions[3]!.answer).toBe('first.\nmore words');
    expect(await readdir(join(dir, 'tmp'))).toEqual([]);
  });

  test('should refuse text that is not UTF-8 in one line and keep the answer', async () => {
    const t = await startWithEditor(`printf 'caf\\351\\n' > "$1"`);
    t.keys('C-e');
    await t.waitFor('The editor saved text that is not UTF-8: the answer is unchanged');
    expect(await readdir(join(dir, 'tmp'))).toEqual([]);
    t.keys('Escape');
    await t.waitFor('↑↓ select');
    t.keys('q');
    expect(await t.exitCode()).toBe(0);
    expect(await readFile(report, 'utf8')).toBe(original);
  });
  test('should keep as a draft what an editor saved before exiting with an error, and say so', async () => {
    const t = await startWithEditor(`printf 'saved before the crash\\n' > "$1"; exit 3`);
    t.keys('C-e');
    await t.waitFor('The editor exited with code 3: kept what it saved as a draft.');
    await t.waitFor('saved before the crash');
    // A draft, not written: quitting asks about it.
    t.keys('C-c');
    await t.waitFor('Question 4 has unwritten text.');
    t.keys('n');
    expect(await t.exitCode()).toBe(0);
    expect(await readFile(report, 'utf8')).toBe(original);
    expect(await readdir(join(dir, 'tmp'))).toEqual([]);
  });
});
