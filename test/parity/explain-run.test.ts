import { describe, expect, it } from 'vitest';
import { explainRun } from '../../src/parity/explain-run.js';
import type { CheckerRun } from '../../src/parity/run-checker.js';
import { checkerOutput } from '../helpers/checker-output.js';

const python3 = { command: 'python3', source: 'PATH' };
const ran = (exitCode: number): CheckerRun => ({
  kind: 'ran',
  python: python3,
  exitCode,
  stdout: '',
  stderr: '',
});
const out = checkerOutput;
const loguru = { dir: 'reports', style: 'loguru' } as const;
const warnings = { dir: 'reports', style: 'warnings' } as const;

describe('explainRun', () => {
  it('should name every python tried when none was found', () => {
    const run: CheckerRun = {
      kind: 'no-python',
      tried: [{ command: '.venv/bin/python', source: '.venv' }, python3],
    };
    expect(explainRun(run, null, loguru)).toBe(
      'No python found (tried .venv/bin/python, python3): install Python 3, or name one with --python PATH or REPORT_WIZARD_PYTHON.',
    );
  });

  it('should say where a named python came from when it does not exist', () => {
    const run: CheckerRun = { kind: 'no-python', tried: [{ command: '/opt/py', source: '--python' }] };
    expect(explainRun(run, null, loguru)).toBe(
      'Could not start /opt/py (from --python): no such program. Give the path of a Python 3 executable.',
    );
  });

  it('should pass on why a python could not start', () => {
    const run: CheckerRun = { kind: 'failed', python: python3, message: 'spawn EACCES' };
    expect(explainRun(run, null, loguru)).toBe(
      'Could not start python3: spawn EACCES. Name a working Python 3 with --python PATH.',
    );
  });

  it('should suggest running it by hand or a longer --timeout after a timeout', () => {
    expect(explainRun({ kind: 'timeout', python: python3, seconds: 60 }, null, loguru)).toBe(
      'report.py did not finish within 60 seconds: run `cd reports && python3 report.py check` to see why, or allow longer with --timeout SECONDS.',
    );
  });

  it('should name the packages of the newest report.py with pip and uv when an import is missing', () => {
    const fatal = "ModuleNotFoundError: No module named 'typer'";
    expect(explainRun(ran(1), out({ fatal, fatalIn: '<module>' }), loguru)).toBe(
      'report.py cannot import typer with python3: install its packages with `pip install typer markdown pydantic loguru` or `uv add typer markdown pydantic loguru` (or name another python with --python).',
    );
  });

  it('should name click and markdown for the older report.py', () => {
    const fatal = "ModuleNotFoundError: No module named 'click'";
    expect(explainRun(ran(1), out({ fatal, fatalIn: '<module>' }), warnings)).toBe(
      'report.py cannot import click with python3: install its packages with `pip install click markdown` or `uv add click markdown` (or name another python with --python).',
    );
  });

  it('should accept the exceptions check raises as its verdict', () => {
    const fatal =
      'ValueError: Number of answers are different from the expected 31. Have you changed the template?';
    expect(explainRun(ran(1), out({ fatal, fatalIn: 'check' }), loguru)).toBe(null);
    expect(explainRun(ran(1), out({ fatal: 'IndexError: list index out of range' }), loguru)).toBe(null);
  });

  it('should refuse an exception raised before check ran', () => {
    const fatal = "TypeError: 'type' object is not subscriptable";
    expect(explainRun(ran(1), out({ fatal, fatalIn: '<module>' }), loguru)).toBe(
      "report.py stopped before checking the report, with TypeError: 'type' object is not subscriptable: run `cd reports && python3 report.py check` to see the traceback.",
    );
  });

  it('should suggest PYTHONUTF8=1 when the locale cannot decode the report', () => {
    const fatal =
      "UnicodeDecodeError: 'charmap' codec can't decode byte 0x9d in position 812: character maps to <undefined>";
    expect(explainRun(ran(1), out({ fatal, fatalIn: 'decode' }), loguru)).toBe(
      `report.py could not read README.md in this system's default encoding (${fatal}): staff read it as UTF-8, so run parity again with the environment variable PYTHONUTF8=1.`,
    );
  });

  it('should blame a Python 2 for a SyntaxError', () => {
    const unrecognised = ['  File "report.py", line 40', '    print "x"', 'SyntaxError: invalid syntax'];
    expect(explainRun(ran(1), out({ unrecognised }), loguru)).toBe(
      'python3 cannot parse report.py (SyntaxError: invalid syntax): it needs Python 3.9 or newer (name one with --python PATH), and an unchanged report.py from the course repository.',
    );
  });

  it('should quote the last line of output it cannot read after a failing exit status', () => {
    const unrecognised = ['Usage: report.py [OPTIONS] COMMAND [ARGS]...', "Error: No such command 'check'."];
    expect(explainRun(ran(2), out({ unrecognised }), warnings)).toBe(
      "Could not read report.py's output (exit status 2, last line \"Error: No such command 'check'.\"): run `cd reports && python3 report.py check` to see it.",
    );
  });

  it('should require the total line from a loguru report.py', () => {
    expect(explainRun(ran(0), out({}), loguru)).toBe(
      'Could not read report.py\'s output: no "Total number of questions passed" line (last line nothing); run `cd reports && python3 report.py check` to see it.',
    );
  });

  it('should accept silence from an older report.py: every question passed', () => {
    expect(explainRun(ran(0), out({}), warnings)).toBe(null);
  });

  it('should accept a loguru run with its total line', () => {
    expect(explainRun(ran(0), out({ passed: 4, total: 31 }), loguru)).toBe(null);
  });
});

describe('explainRun commands to run by hand', () => {
  it('should quote a folder and a python with spaces, and skip cd for the current folder', () => {
    const spaced: CheckerRun = {
      kind: 'timeout',
      python: { command: 'C:/Program Files/py.exe', source: '--python' },
      seconds: 1,
    };
    expect(explainRun(spaced, null, { dir: 'my reports', style: 'loguru' })).toBe(
      "report.py did not finish within 1 second: run `cd 'my reports' && 'C:/Program Files/py.exe' report.py check` to see why, or allow longer with --timeout SECONDS.",
    );
    expect(
      explainRun({ kind: 'timeout', python: python3, seconds: 2 }, null, { dir: '.', style: 'loguru' }),
    ).toBe(
      'report.py did not finish within 2 seconds: run `python3 report.py check` to see why, or allow longer with --timeout SECONDS.',
    );
  });
});
