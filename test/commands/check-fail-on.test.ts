import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { failOnNames } from '../../src/commands/fail-on.js';
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

  it('should refuse a misspelt rule name with a suggestion, instead of letting conflict markers through', async () => {
    const { io, out, put } = makeIo();
    put('README.md', makeReport({ answers: { 4: '<<<<<<< HEAD\nuv\n=======\npip\n>>>>>>> main' } }));
    expect(await runCli(['check', '--fail-on', 'fatal,conflict-markers', 'README.md'], io)).toBe(2);
    expect(out).toEqual({
      stdout: '',
      stderr:
        'report-wizard: --fail-on: no rule is named "conflict-markers" (did you mean "conflict-marker"?); the names are ' +
        'listed under "Lint rules" in the README.\n',
    });
  });

  it('should refuse an unknown name far from every rule without a suggestion', async () => {
    const { io, out } = makeIo();
    expect(await runCli(['check', '--fail-on', 'typos'], io)).toBe(2);
    expect(out.stderr).toBe(
      'report-wizard: --fail-on: no rule is named "typos"; the names are listed under "Lint rules" in the README.\n',
    );
  });

  it('should take every rule of the registry and of git, and the groups', async () => {
    const { io, out, put } = makeIo();
    put('README.md', makeReport());
    expect(await runCli(['check', '--fail-on', failOnNames.join(','), 'README.md'], io)).toBe(1);
    expect(out.stderr).toBe('');
    expect(failOnNames).toEqual(
      expect.arrayContaining([
        'hand-in',
        'fatal',
        'questions',
        'conflict-marker',
        'render-html',
        'git-branch',
      ]),
    );
  });
});
