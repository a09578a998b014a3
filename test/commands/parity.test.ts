import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parity } from '../../src/commands/parity.js';
import { makeIo } from '../helpers/make-io.js';

const fixture = (path: string): string => new URL(`../fixtures/${path}`, import.meta.url).pathname;
const fakePython = fixture('stand-in/fake-python.sh');
const posix = process.platform !== 'win32';
if (!posix) console.log('parity command: skipping the tests that use a shell-script python on Windows.');

/** A temp folder with reports/README.md (from `report`) and a changed reports/report.py. */
const setup = (report: string, output: string, exit = '0', env: Record<string, string> = {}) => {
  const made = makeIo({
    env: {
      PATH: process.env.PATH ?? '',
      STAND_IN_OUTPUT: fixture(`checker-output/${output}`),
      STAND_IN_EXIT: exit,
      ...env,
    },
  });
  mkdirSync(join(made.cwd, 'reports'));
  made.put('reports/README.md', readFileSync(fixture(`checker-output/${report}`)));
  made.put('reports/report.py', 'from loguru import logger\n');
  return made;
};

describe.skipIf(!posix)('parity command', () => {
  it('should print the table on stdout and exit 0 when they agree', async () => {
    const { io, out } = setup('mixed-31.md', 'newest-mixed-31.stderr.txt');
    expect(await parity(['--python', fakePython], io)).toBe(0);
    const lines = out.stdout.split('\n');
    expect(lines[0]).toBe(`Report:    reports/README.md (report.py run with ${fakePython})`);
    expect(lines.slice(-2)).toEqual(['They agree on all 31 questions.', '']);
    expect(out.stderr).toBe('');
  });

  it('should take the python from REPORT_WIZARD_PYTHON and the report from PATH', async () => {
    const { io, out } = setup('old-27.md', 'newest-old-27.stderr.txt', '1', {
      REPORT_WIZARD_PYTHON: fakePython,
    });
    expect(await parity(['reports/README.md'], io)).toBe(0);
    expect(out.stdout.trimEnd().split('\n').at(-1)).toBe('They agree on the error report.py stops with.');
  });

  it('should exit 1 and colour the disagreement on a terminal', async () => {
    const { io, out } = setup('placeholder-31.md', 'newest-mixed-31.stderr.txt');
    io.stdout.isTTY = true;
    expect(await parity(['--python', fakePython], io)).toBe(1);
    expect(out.stdout).toContain(
      '\u001b[31m≠   4  pass                                     FAIL 6 words (100–200)\u001b[39m\n',
    );
    expect(out.stdout).toContain('\u001b[31mreport.py:     7/31 passed\u001b[39m\n');
    expect(out.stdout).toContain('They disagree on Q4, Q14, Q19, Q29, Q31.');
  });

  it('should print JSON with --json', async () => {
    const { io, out } = setup('mixed-31.md', 'newest-mixed-31.stderr.txt');
    expect(await parity(['--json', `--python=${fakePython}`], io)).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ exitCode: 0, error: null, report: 'reports/README.md' });
  });

  it('should print a one-line error on stderr and exit 2 when report.py cannot run', async () => {
    const { io, out } = setup('mixed-31.md', 'newest-missing-imports.stderr.txt', '1');
    expect(await parity(['--python', fakePython], io)).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toBe(
      `report-wizard: report.py cannot import markdown with ${fakePython}: install its packages with \`pip install typer markdown pydantic loguru\` or \`uv add typer markdown pydantic loguru\` (or name another python with --python).\n`,
    );
  });

  it('should refuse a --timeout that is not a positive number of seconds', async () => {
    const { io } = setup('mixed-31.md', 'newest-mixed-31.stderr.txt');
    await expect(parity(['--timeout', 'soon'], io)).rejects.toMatchObject({
      message: '--timeout needs a number of seconds above 0, not "soon".',
      exitCode: 2,
    });
  });

  it('should refuse more than one PATH', async () => {
    const { io } = setup('mixed-31.md', 'newest-mixed-31.stderr.txt');
    await expect(parity(['a', 'b'], io)).rejects.toMatchObject({
      message:
        'Expected one report path, got "a" and "b" (usage: report-wizard parity [PATH | --report PATH] [--python CMD] [--json] [--timeout SECONDS])',
      exitCode: 2,
    });
  });
});
