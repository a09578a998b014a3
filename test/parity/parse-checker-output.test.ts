import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCheckerOutput } from '../../src/parity/parse-checker-output.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/checker-output/${name}`, import.meta.url), 'utf8');

const words = (number: number, min: number, max: number, got: number) =>
  ({ number, kind: 'words', min, max, got }) as const;
const images = (number: number, min: number, max: number, got: number) =>
  ({ number, kind: 'images', min, max, got }) as const;

describe('parseCheckerOutput', () => {
  it('should read the failures and the total of the newest loguru output', () => {
    const out = parseCheckerOutput(fixture('newest-mixed-31.stderr.txt'));
    expect(out.fatal).toBe(null);
    expect(out.fatalIn).toBe(null);
    expect([out.passed, out.total]).toEqual([7, 31]);
    expect(out.failures).toHaveLength(25);
    expect(out.failures[0]).toEqual(words(5, 100, 200, 6));
    expect(out.failures[9]).toEqual(images(14, 1, 3, 0));
    expect(out.failures.slice(-3)).toEqual([
      words(29, 200, 400, 16),
      images(29, 1, 1, 3),
      words(30, 200, 400, 6),
    ]);
    expect(out.unrecognised).toEqual([]);
  });

  it('should read a single loguru line', () => {
    const line =
      '2026-01-10 12:00:00.123 | WARNING  | __main__:__call__:41 - Question 4 failed check. Expected number of words to be between 100 and 200 but got 6\n' +
      '2026-01-10 12:00:00.124 | INFO     | __main__:check:170 - Total number of questions passed: 4/31\n';
    expect(parseCheckerOutput(line)).toEqual({
      fatal: null,
      fatalIn: null,
      passed: 4,
      total: 31,
      failures: [words(4, 100, 200, 6)],
      unrecognised: [],
    });
  });

  it('should read a full pass as no failures and the total', () => {
    const out = parseCheckerOutput(fixture('newest-full-31.stderr.txt'));
    expect(out).toEqual({
      fatal: null,
      fatalIn: null,
      passed: 31,
      total: 31,
      failures: [],
      unrecognised: [],
    });
  });

  it('should read the ValueError of a plain traceback and the function that raised it', () => {
    const out = parseCheckerOutput(fixture('newest-old-27.stderr.txt'));
    expect(out.fatal).toBe(
      'ValueError: Number of answers are different from the expected 31. Have you changed the template?',
    );
    expect(out.fatalIn).toBe('check');
    expect(out.failures).toEqual([]);
    expect(out.unrecognised).toEqual([]);
  });

  it('should read the IndexError of a report without any Answer:', () => {
    const out = parseCheckerOutput(fixture('newest-no-answer.stderr.txt'));
    expect([out.fatal, out.fatalIn]).toEqual(['IndexError: list index out of range', 'check']);
  });

  it("should join the exception rich wrapped at 80 columns and find the frame in rich's box", () => {
    const out = parseCheckerOutput(fixture('rich-newest-old-27.stderr.txt'));
    expect(out.fatal).toBe(
      'ValueError: Number of answers are different from the expected 31. Have you changed the template?',
    );
    expect(out.fatalIn).toBe('check');
    expect(out.unrecognised).toEqual([]);
  });

  it('should report a missing module as raised in <module>', () => {
    const out = parseCheckerOutput(fixture('newest-missing-imports.stderr.txt'));
    expect([out.fatal, out.fatalIn]).toEqual(["ModuleNotFoundError: No module named 'markdown'", '<module>']);
  });

  it('should read TeacherWarning lines, skip their source lines, and find no total', () => {
    const out = parseCheckerOutput(fixture('v2024-11-25-old-27.stderr.txt'));
    expect([out.fatal, out.passed, out.total]).toEqual([null, null, null]);
    expect(out.failures).toHaveLength(23);
    expect(out.failures[0]).toEqual(words(4, 100, 200, 6));
    expect(out.failures[10]).toEqual(images(14, 1, 3, 0));
    expect(out.unrecognised).toEqual([]);
  });

  it('should shift numbers by one for the versions that count from 0', () => {
    const text = fixture('v2022-old-27.stderr.txt');
    expect(parseCheckerOutput(text).failures[0]).toEqual(words(3, 100, 200, 6));
    expect(parseCheckerOutput(text, { numbersFromZero: true }).failures[0]).toEqual(words(4, 100, 200, 6));
  });

  it('should read an empty output as nothing at all', () => {
    expect(parseCheckerOutput('')).toEqual({
      fatal: null,
      fatalIn: null,
      passed: null,
      total: null,
      failures: [],
      unrecognised: [],
    });
  });

  it('should strip colour codes and CRLF line endings', () => {
    const out = parseCheckerOutput(
      '\u001b[33m\u001b[1mQuestion 3 failed check. Expected number of screenshots to be between 1 and 2 but got 0\u001b[0m\r\n' +
        '\u001b[1mTotal number of questions passed: 30/31\u001b[0m\r\n',
    );
    expect(out.failures).toEqual([images(3, 1, 2, 0)]);
    expect([out.passed, out.total, out.unrecognised]).toEqual([30, 31, []]);
  });

  it('should keep lines it does not understand', () => {
    const out = parseCheckerOutput(
      "Usage: report.py [OPTIONS] COMMAND [ARGS]...\nError: No such command 'check'.\n",
    );
    expect(out.unrecognised).toEqual([
      'Usage: report.py [OPTIONS] COMMAND [ARGS]...',
      "Error: No such command 'check'.",
    ]);
    expect(out.fatal).toBe(null);
  });

  it('should read an exception without a message and keep the last of chained tracebacks', () => {
    const text = [
      'Traceback (most recent call last):',
      '  File "report.py", line 3, in check',
      '    raise KeyError',
      'KeyError',
      '',
      'During handling of the above exception, another exception occurred:',
      '',
      'Traceback (most recent call last):',
      '  File "report.py", line 5, in <module>',
      '    raise RuntimeError',
      'RuntimeError',
    ].join('\n');
    const out = parseCheckerOutput(text);
    expect([out.fatal, out.fatalIn]).toEqual(['RuntimeError', '<module>']);
    expect(out.unrecognised).toEqual(['During handling of the above exception, another exception occurred:']);
  });
});
