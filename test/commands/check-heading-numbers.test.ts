import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { makeIo } from '../helpers/make-io.js';

// filled-2026 with question 13's heading written as a second "Question 12" and its answer cut to six words: report.py
// still sees 31 answers, and calls the failing one question 13, the student sees it under "### Question 12".
const filled = readFileSync(join(import.meta.dirname, '../fixtures/reports/filled-2026.md'), 'utf8');
const cut = filled.indexOf('Each run stores its resolved config');
const repeated =
  filled.slice(0, cut).replace('### Question 13\n', '### Question 12\n') +
  'Each run stores its resolved config.' +
  filled.slice(filled.indexOf('\n', cut));
const failing =
  "Question 12 (report.py's question 13) fails report.py: 6 words, 0 images; expected 100–200 words.";

const run = async (args: string[]): Promise<string> => {
  const { io, out, put } = makeIo();
  put('README.md', repeated);
  expect(await runCli(['check', ...args, 'README.md'], io)).toBe(1);
  return out.stdout;
};

describe('check on a report whose headings number its answers differently from report.py', () => {
  it('should name each row by its heading, with report.py position beside the one that differs', async () => {
    const lines = (await run([])).split('\n');
    expect(lines.slice(12, 16)).toEqual([
      '  11    215       0  200–300 words                  pass',
      '  12     63       0  50–100 words                   pass',
      "  12      6       0  100–200 words                  FAIL (too short) · report.py's question 13",
      '  14    215       2  200–300 words, 1–3 images      pass',
    ]);
    expect(lines.at(-2)).toBe('30/31 questions pass.');
  });

  it('should name the failing question by its heading in compact output', async () => {
    expect((await run(['--format', 'compact'])).split('\n').slice(0, 2)).toEqual([
      `README.md:213:1: warning: ${failing} [report-py]`,
      'README.md:204:1: warning: "### Question 12" appears twice (lines 191 and 204): report.py stops reading ' +
        "question 12's answer at line 204. Remove or renumber the extra heading (use bold text for a title inside " +
        'an answer). [structure]',
    ]);
  });

  it('should name the failing question by its heading in GitHub annotations and the job summary', async () => {
    const { io, out, put, cwd } = makeIo();
    io.env = { GITHUB_STEP_SUMMARY: join(cwd, 'summary.md') };
    put('README.md', repeated);
    await runCli(['check', '--format', 'github', 'README.md'], io);
    expect(out.stdout.split('\n')[0]).toBe(
      `::warning file=README.md,line=213,title=report-py (question 12)::${failing}`,
    );
    const summary = readFileSync(join(cwd, 'summary.md'), 'utf8');
    expect(summary).toContain(
      '| 12 | 63 | 0 | 50–100 words | :white_check_mark: pass | `structure` |\n' +
        "| 12 (report.py's 13) | 6 | 0 | 100–200 words | :x: too short | `structure` |\n" +
        '| 14 | 215 | 2 | 200–300 words, 1–3 images | :white_check_mark: pass | `image-missing` `image-missing` |\n',
    );
  });

  it('should name the failing question by its heading when --fail-on questions blocks', async () => {
    const { io, out, put } = makeIo();
    put('README.md', repeated);
    expect(await runCli(['check', '--fail-on', 'questions', 'README.md'], io)).toBe(1);
    expect(out.stdout).toBe(`README.md:213: ${failing}\n`);
  });
});
