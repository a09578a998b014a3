import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { makeIo } from '../helpers/make-io.js';
import { makeReport } from '../helpers/make-report.js';

const words = (n: number): string => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
// Every question answered within its limits but question 1's, and no image where images are asked for.
const short = makeReport({ answers: { 1: 'Group 3' } });

describe('check --format github', () => {
  it('should show ten failing questions and one notice for thirty, as GitHub caps a step at ten warnings', async () => {
    const { io, out, put } = makeIo();
    put('README.md', short);
    expect(await runCli(['check', '--format', 'github', 'README.md'], io)).toBe(1);
    const lines = out.stdout.trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('::warning'))).toHaveLength(10);
    expect(
      lines.filter((l) => l.startsWith('::warning title=report-py') || l.includes('title=report-py (')),
    ).toHaveLength(10);
    expect(lines.at(-1)).toMatch(
      /^::notice title=report-wizard::\d+ more problems not shown here \(GitHub shows 10 of each kind per step\): run report-wizard check on the report to see every one\.$/,
    );
    expect(lines).toHaveLength(11);
  });

  it('should put failing questions before other warnings', async () => {
    const { io, out, put } = makeIo();
    put('README.md', short);
    await runCli(['check', '--format', 'github', 'README.md'], io);
    const first = out.stdout.split('\n')[0]!;
    expect(first).toMatch(
      /^::warning file=README\.md,line=\d+,title=report-py \(question 4\)::Question 4 fails report\.py/,
    );
  });

  it('should write every question and every problem to the job summary and point the notice there', async () => {
    const { io, out, put, cwd } = makeIo({});
    const summary = join(cwd, 'summary.md');
    io.env = { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary };
    put('summary.md', '# earlier step\n');
    put('README.md', short);
    await runCli(['check', '--format', 'github', 'README.md'], io);
    expect(out.stdout.trimEnd().split('\n').at(-1)).toMatch(/: every one is in the job summary\.$/);
    const text = readFileSync(summary, 'utf8');
    expect(text.startsWith('# earlier step\n## report-wizard check: README.md\n\n')).toBe(true);
    expect(text).toContain(
      '| Question | Words | Images | Target | Verdict | Warnings |\n| ---: | ---: | ---: | --- | --- | --- |\n',
    );
    expect(text).toContain('| 1 | 2 | 0 | — | :white_check_mark: pass |  |\n');
    expect(text).toContain('| 4 | 6 | 0 | 100–200 words | :x: too short | `placeholder` |\n');
    expect(text.match(/^\| \d+ \|/gm)).toHaveLength(31);
  });

  it('should add what staff would grade to the job summary, or why it cannot be told', async () => {
    const { io, put, cwd } = makeIo();
    const summary = join(cwd, 'summary.md');
    io.env = { GITHUB_STEP_SUMMARY: summary };
    put('README.md', short);
    await runCli(['check', '--format', 'github', 'README.md'], io);
    expect(readFileSync(summary, 'utf8')).toMatch(
      /\n### Hand-in: what staff would grade\n\n```text\n.* is not inside a git repository: staff read your group's repository on GitHub; run this in your clone\.\n```\n\n$/,
    );
    const env = {
      ...process.env,
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@e',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@e',
    };
    const git = (...args: string[]) => execFileSync('git', args, { cwd, env, stdio: 'pipe' });
    git('init', '-q', '--bare', '-b', 'main', 'origin.git');
    git('init', '-q', '-b', 'main');
    git('add', 'README.md');
    git('commit', '-qm', 'report');
    git('remote', 'add', 'origin', join(cwd, 'origin.git'));
    git('push', '-q', '-u', 'origin', 'main');
    rmSync(summary);
    await runCli(['check', '--format', 'github', 'README.md'], io);
    expect(readFileSync(summary, 'utf8')).toMatch(
      /\n### Hand-in: what staff would grade\n\n```text\nGraded: origin\/main at [0-9a-f]{7} .*, README\.md\n/,
    );
  });

  it('should not cap a report with few problems and add no notice', async () => {
    const { io, out, put, cwd } = makeIo();
    const filled = readFileSync(new URL('../fixtures/reports/filled-2026.md', import.meta.url), 'utf8');
    put('README.md', filled.replace(/^We kept the cookiecutter layout.*$/m, words(20)));
    mkdirSync(join(cwd, 'figures'));
    for (const [, image] of filled.matchAll(/\]\((figures\/[^)]+)\)/g)) put(image!, '');
    expect(await runCli(['check', '--format', 'github', 'README.md'], io)).toBe(1);
    expect(out.stdout).toBe(
      '::warning file=README.md,line=99,title=report-py (question 5)::Question 5 fails report.py: 20 words, 0 images; expected 100–200 words.\n',
    );
  });
});
