import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { makeIo } from '../helpers/make-io.js';
import { makeReport } from '../helpers/make-report.js';

const root = join(import.meta.dirname, '../..');

/** The arguments the pre-commit hook runs check with, read from .pre-commit-hooks.yaml. */
const hookArgs = (): string[] => {
  const entry = /^\s*entry: (.+)$/m.exec(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8'))![1]!;
  const [program, ...args] = entry.split(' ');
  expect(program).toBe('report-wizard');
  return args;
};

const run = async (text: string) => {
  const { io, out, put } = makeIo();
  put('README.md', text);
  const code = await runCli([...hookArgs(), 'README.md'], io);
  return { code, ...out };
};

describe('check --fail-on hand-in (the pre-commit hook)', () => {
  it('should let a report with short and missing answers through, silently', async () => {
    expect(await run(makeReport({ answers: { 4: 'Too short.' } }))).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
  });

  it('should block a merge conflict marker, naming its line', async () => {
    const text = makeReport({ answers: { 4: '<<<<<<< HEAD\nuv\n=======\npip\n>>>>>>> main' } });
    const line = text.split('\n').indexOf('<<<<<<< HEAD') + 1;
    const result = await run(text);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      new RegExp(`^README\\.md:${line}: Unfinished merge: conflict markers on line ${line} `),
    );
    expect(result.stdout.split('\n')).toHaveLength(2);
  });

  it('should block a report report.py refuses', async () => {
    const text = makeReport().replace('> Answer:\n\n--- question 5 fill here ---', '> (none)');
    expect(await run(text)).toEqual({
      code: 1,
      stdout:
        'README.md: report.py refuses the whole report: ValueError: Number of answers are different from the expected 31. Have you changed the template?\n',
      stderr: '',
    });
  });

  it('should block characters that crash report.py on Windows', async () => {
    const result = await run(makeReport({ answers: { 4: 'It was fast \u{1F601}.' } }));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('UnicodeDecodeError');
  });

  it('should take single rules and report.py question failures', async () => {
    const { io, out, put } = makeIo();
    put('README.md', makeReport({ answers: { 4: 'Too short.' } }));
    expect(await runCli(['check', '--fail-on', 'questions,placeholder', 'README.md'], io)).toBe(1);
    expect(out.stdout).toContain('README.md:');
  });

  it('should refuse a malformed list', async () => {
    const { io, out } = makeIo();
    expect(await runCli(['check', '--fail-on', 'Fatal'], io)).toBe(2);
    expect(out.stderr).toBe(
      'report-wizard: --fail-on takes a comma-separated list of hand-in, fatal, questions and lint rule names; got "Fatal".\n',
    );
  });
});
