import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeFileSystem } from '../../src/io/node-file-system.js';
import { runParity } from '../../src/parity/run-parity.js';
import { tempFolders } from '../helpers/temp-folders.js';

/** A fresh temp folder, removed after the tests. */
const temp = tempFolders();

const fixture = (path: string): string => new URL(`../fixtures/${path}`, import.meta.url).pathname;

const findPython = (): string | null => {
  for (const command of ['python3', 'python']) {
    try {
      if (
        execFileSync(command, ['-c', 'import sys; print(sys.version_info[0])'], {
          encoding: 'utf8',
        }).trim() === '3'
      ) {
        return command;
      }
    } catch {
      // not on PATH (or a shim with no python behind it): try the next one
    }
  }
  return null;
};
const python = findPython();
// Under CI .ci/run installs python3: a missing one there is a failure, not a skip.
const ci = process.env.CI === 'true';
if (python === null && !ci) console.log('stand-in: skipping the real-process tests: no python3 on PATH.');

/** Runs parity through the real execa, with `standIn` copied next to `report` as report.py. */
const parity = async (
  standIn: string,
  report: string,
  env: Record<string, string> = {},
  timeoutSeconds = 20,
) => {
  const dir = temp('parity-stand-in-');
  copyFileSync(fixture(`stand-in/${standIn}`), join(dir, 'report.py'));
  copyFileSync(fixture(`checker-output/${report}`), join(dir, 'README.md'));
  const outcome = await runParity('README.md', {
    cwd: dir,
    env: { ...process.env, ...env },
    fs: nodeFileSystem,
    python: python ?? 'python3',
    timeoutSeconds,
  });
  return { outcome, dir };
};

describe.skipIf(python === null && !ci)('runParity with stand-in report.py scripts', () => {
  it('should have python3 or python on PATH', () => {
    expect(python).not.toBeNull();
  });

  it('should agree with a real process replaying the newest output', async () => {
    const { outcome } = await parity('replay.py', 'mixed-31.md', {
      STAND_IN_OUTPUT: fixture('checker-output/newest-mixed-31.stderr.txt'),
    });
    expect([outcome.exitCode, outcome.error, outcome.lines.at(-1)]).toEqual([
      0,
      null,
      'They agree on all 31 questions.',
    ]);
  });

  it('should compare an exception raised in check as a verdict, despite exit status 1', async () => {
    const { outcome } = await parity('value-error-in-check.py', 'old-27.md');
    expect([outcome.exitCode, outcome.lines.at(-1)]).toEqual([
      0,
      'They agree on the error report.py stops with.',
    ]);
  });

  it('should disagree when report.py refuses a report report-wizard accepts', async () => {
    const { outcome } = await parity('value-error-in-check.py', 'mixed-31.md');
    expect(outcome.exitCode).toBe(1);
    expect(outcome.lines.slice(-3)).toEqual([
      'report.py:     stopped with ValueError: Number of answers are different from the expected 31. Have you changed the template?',
      'report-wizard: 7/31 passed',
      'They disagree on whether report.py stops with an error. Staff grade with report.py, so trust it, and please report this to report-wizard.',
    ]);
  });

  it('should name the packages when typer is missing', async () => {
    const { outcome } = await parity('missing-typer.py', 'mixed-31.md');
    expect([outcome.exitCode, outcome.error]).toEqual([
      2,
      `report.py cannot import typer with ${python}: install its packages with \`pip install typer markdown pydantic loguru\` or \`uv add typer markdown pydantic loguru\` (or name another python with --python).`,
    ]);
  });

  it('should stop report.py at the timeout', async () => {
    const started = Date.now();
    const { outcome } = await parity('sleep.py', 'mixed-31.md', {}, 1);
    expect([outcome.exitCode, outcome.error]).toEqual([
      2,
      `report.py did not finish within 1 second: run \`${python} report.py check\` to see why, or allow longer with --timeout SECONDS.`,
    ]);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('should stop report.py and the children it started at the timeout, though a child keeps its output open', async () => {
    const started = Date.now();
    const { outcome, dir } = await parity('fork-sleeper.py', 'mixed-31.md', {}, 1);
    expect([outcome.exitCode, outcome.error]).toEqual([
      2,
      `report.py did not finish within 1 second: run \`${python} report.py check\` to see why, or allow longer with --timeout SECONDS.`,
    ]);
    expect(Date.now() - started).toBeLessThan(10_000);
    const sleeper = Number(readFileSync(join(dir, 'sleeper.pid'), 'utf8'));
    // The whole process group was killed: the sleeper is gone, or a zombie until init reaps it.
    const state = (): string => {
      try {
        return readFileSync(`/proc/${sleeper}/stat`, 'utf8').split(') ')[1]![0]!;
      } catch {
        return 'gone';
      }
    };
    expect(['gone', 'Z']).toContain(state());
  });

  it('should say that it cut off a report.py printing too much, not blame report.py for the closed pipe', async () => {
    const { outcome } = await parity('flood.py', 'mixed-31.md');
    expect([outcome.exitCode, outcome.error]).toEqual([
      2,
      `report.py printed more than 10 MB, so report-wizard stopped reading it and ended it (any error about a closed pipe is from that): run \`${python} report.py check\` to see what it prints.`,
    ]);
  });

  it('should refuse output it cannot read, quoting it', async () => {
    const { outcome } = await parity('garbage.py', 'mixed-31.md');
    expect([outcome.exitCode, outcome.error]).toEqual([
      2,
      `Could not read report.py's output: no "Total number of questions passed" line (last line "all good, probably"); run \`${python} report.py check\` to see it.`,
    ]);
  });

  it('should refuse a failing exit status without a traceback', async () => {
    const { outcome } = await parity('usage-error.py', 'mixed-31.md');
    expect(outcome.error).toBe(
      `Could not read report.py's output (exit status 2, last line "Error: No such command 'check'."): run \`${python} report.py check\` to see it.`,
    );
  });

  it('should point at the python or report.py when report.py does not parse', async () => {
    const { outcome } = await parity('syntax-error.py', 'mixed-31.md');
    expect(outcome.exitCode).toBe(2);
    expect(outcome.error).toMatch(
      new RegExp(
        `^${python} cannot parse report\\.py \\(SyntaxError: .+\\): it needs Python 3\\.9 or newer \\(name one with --python PATH\\), and an unchanged report\\.py from the course repository\\.$`,
      ),
    );
  });

  it('should refuse an exception raised before check ran', async () => {
    const { outcome } = await parity('crash-before-check.py', 'mixed-31.md');
    expect(outcome.error).toBe(
      `report.py stopped before checking the report, with TypeError: 'type' object is not subscriptable: run \`${python} report.py check\` to see the traceback.`,
    );
  });

  it('should say when the named python does not exist', async () => {
    const dir = temp('parity-stand-in-');
    copyFileSync(fixture('stand-in/garbage.py'), join(dir, 'report.py'));
    copyFileSync(fixture('checker-output/mixed-31.md'), join(dir, 'README.md'));
    const outcome = await runParity('README.md', {
      cwd: dir,
      env: process.env,
      fs: nodeFileSystem,
      python: join(dir, 'no-such-python'),
    });
    expect(outcome.error).toBe(
      `Could not start ${join(dir, 'no-such-python')} (from --python): no such program. Give the path of a Python 3 executable.`,
    );
  });
});
