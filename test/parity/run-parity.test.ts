import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeFileSystem } from '../../src/io/node-file-system.js';
import type { Exec, ExecOptions, ExecOutcome } from '../../src/io/exec.js';
import { runParity } from '../../src/parity/run-parity.js';
import { tempFolders } from '../helpers/temp-folders.js';

/** A fresh temp folder, removed after the tests. */
const temp = tempFolders();

const fixturePath = (name: string): string =>
  new URL(`../fixtures/checker-output/${name}`, import.meta.url).pathname;
const fixture = (name: string): string => readFileSync(fixturePath(name), 'utf8');

/** A folder holding `report` as README.md (or `name`) and a changed report.py. */
const folder = (report: string, options: { name?: string; checker?: string | null } = {}): string => {
  const dir = temp('parity-');
  copyFileSync(fixturePath(report), join(dir, options.name ?? 'README.md'));
  const checker = options.checker === undefined ? 'from loguru import logger\n' : options.checker;
  if (checker !== null) writeFileSync(join(dir, 'report.py'), checker);
  return dir;
};

const replay = (stderr: string, exitCode = 0) => {
  const calls: { file: string; options: ExecOptions }[] = [];
  const exec: Exec = (file, _args, options) => {
    calls.push({ file, options });
    const outcome: ExecOutcome = { exitCode, stdout: '', stderr, timedOut: false, failed: exitCode !== 0 };
    return Promise.resolve(outcome);
  };
  return { exec, calls };
};

const run = (dir: string, exec: Exec, extra: { json?: boolean; env?: Record<string, string> } = {}) =>
  runParity('README.md', {
    cwd: dir,
    env: extra.env ?? {},
    fs: nodeFileSystem,
    exec,
    json: extra.json ?? false,
  });

describe('runParity', () => {
  it('should agree with a replayed report.py run, comparing a changed copy with the newest', async () => {
    const dir = folder('mixed-31.md');
    const { exec, calls } = replay(fixture('newest-mixed-31.stderr.txt'));
    const outcome = await run(dir, exec, { env: { REPORT_WIZARD_PYTHON: '/opt/py' } });
    expect([outcome.exitCode, outcome.error]).toEqual([0, null]);
    expect(outcome.lines.slice(0, 5)).toEqual([
      'Report:    README.md (report.py run with /opt/py)',
      'report.py: not a known upstream version (sha256 029795990399…), a changed copy, or newer than report-wizard knows; report-wizard checks as the newest it knows, 2026-01-09.e3622b47.',
      '',
      '    Q  report.py                                report-wizard',
      '    1  pass                                     pass',
    ]);
    expect(outcome.lines.slice(-4)).toEqual([
      '',
      'report.py:     7/31 passed',
      'report-wizard: 7/31 passed',
      'They agree on all 31 questions.',
    ]);
    expect(calls.map((c) => [c.file, c.options.cwd])).toEqual([['/opt/py', dir]]);
  });

  it('should mark a question whose count differs and exit 1', async () => {
    const dir = folder('mixed-31.md');
    const output = fixture('newest-mixed-31.stderr.txt').replace(
      'Question 5 failed check. Expected number of words to be between 100 and 200 but got 6',
      'Question 5 failed check. Expected number of words to be between 100 and 200 but got 7',
    );
    const outcome = await run(dir, replay(output).exec);
    expect(outcome.exitCode).toBe(1);
    expect(outcome.lines.filter((l) => l.startsWith('≠'))).toEqual([
      '≠   5  FAIL 7 words (100–200)                   FAIL 6 words (100–200)',
    ]);
    expect(outcome.lines.at(-1)).toBe(
      'They disagree on Q5. Staff grade with report.py, so trust it, and please report this to report-wizard.',
    );
  });

  it('should never write to the report', async () => {
    const dir = folder('mixed-31.md');
    const before = readFileSync(join(dir, 'README.md'));
    await run(dir, replay(fixture('newest-mixed-31.stderr.txt')).exec);
    expect(readFileSync(join(dir, 'README.md')).equals(before)).toBe(true);
  });

  it('should print one JSON document with --json', async () => {
    const dir = folder('old-27.md');
    const outcome = await run(dir, replay(fixture('newest-old-27.stderr.txt'), 1).exec, { json: true });
    const parsed = JSON.parse(outcome.lines.join('\n')) as Record<string, unknown>;
    expect(outcome.exitCode).toBe(0);
    expect(parsed).toMatchObject({
      exitCode: 0,
      error: null,
      report: 'README.md',
      checker: null,
      newest: '2026-01-09.e3622b47',
      comparedWith: '2026-01-09.e3622b47',
      changes: [],
      comparison: {
        rows: [],
        python: {
          fatal:
            'ValueError: Number of answers are different from the expected 31. Have you changed the template?',
          passed: null,
          total: null,
        },
        fatalAgree: true,
        agree: true,
      },
    });
  });

  it('should refuse a report not named README.md, since report.py reads only that', async () => {
    const dir = folder('mixed-31.md', { name: 'report.md' });
    const outcome = await runParity('report.md', {
      cwd: dir,
      env: {},
      fs: nodeFileSystem,
      exec: replay('').exec,
    });
    expect(outcome).toEqual({
      exitCode: 2,
      lines: [
        'report.py only reads README.md from its folder, so it cannot check report.md: rename it to README.md (next to report.py) and run parity again.',
      ],
      error:
        'report.py only reads README.md from its folder, so it cannot check report.md: rename it to README.md (next to report.py) and run parity again.',
      report: null,
    });
  });

  it('should ask for report.py when there is none next to the report', async () => {
    const dir = folder('mixed-31.md', { checker: null });
    const outcome = await run(dir, replay('').exec);
    expect([outcome.exitCode, outcome.error]).toEqual([
      2,
      'No report.py next to README.md: copy reports/report.py from the course repository (https://github.com/SkafteNicki/dtu_mlops) into this folder.',
    ]);
  });

  it('should name the packages to install when report.py cannot import them, as JSON too', async () => {
    const dir = folder('mixed-31.md');
    const outcome = await run(dir, replay(fixture('newest-missing-imports.stderr.txt'), 1).exec, {
      json: true,
    });
    const error =
      'report.py cannot import markdown with python3: install its packages with `pip install typer markdown pydantic loguru` or `uv add typer markdown pydantic loguru` (or name another python with --python).';
    expect(outcome.exitCode).toBe(2);
    expect(outcome.error).toBe(error);
    expect(JSON.parse(outcome.lines.join('\n'))).toEqual({ exitCode: 2, error });
  });

  it('should say which pythons it tried when none exists', async () => {
    const dir = folder('mixed-31.md');
    const exec: Exec = () =>
      Promise.resolve({ stdout: '', stderr: '', timedOut: false, failed: true, code: 'ENOENT' });
    const outcome = await run(dir, exec);
    expect(outcome.error).toBe(
      'No python found (tried python3, python): install Python 3, or name one with --python PATH or REPORT_WIZARD_PYTHON.',
    );
  });

  it('should pass on a missing report as a one-line error', async () => {
    const dir = temp('parity-');
    const outcome = await run(dir, replay('').exec);
    expect([outcome.exitCode, outcome.error]).toEqual([2, 'README.md: no such file or directory.']);
  });
});
