import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { findReportUpward } from '../../src/io/find-report-upward.js';
import { nodeFileSystem } from '../../src/io/node-file-system.js';
import { makeIo } from '../helpers/make-io.js';
import { makeReport } from '../helpers/make-report.js';

/** A group's repository in a temp folder: `git init`, the report in reports/, code in src/ and tests/unit/. */
const groupRepository = (): string => {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'rw-upward-')));
  const repo = join(root, 'group');
  for (const dir of ['reports', 'src/model', 'tests/unit']) mkdirSync(join(repo, dir), { recursive: true });
  execFileSync('git', ['init', '-q', repo]);
  writeFileSync(join(repo, 'README.md'), '# Our project\n');
  writeFileSync(join(repo, 'reports/README.md'), makeReport({ answers: { 4: 'Too short.' } }));
  return repo;
};

describe('finding the report upward', () => {
  it('should find reports/README.md at the repository root from src/ and from tests/unit/', async () => {
    const repo = groupRepository();
    for (const from of ['src', 'src/model', 'tests/unit']) {
      expect(await findReportUpward(nodeFileSystem, join(repo, from))).toEqual({
        path: join(repo, 'reports/README.md'),
        stoppedAt: 'repository',
      });
    }
  });

  it('should let check, status and toggle run from src/ on the root report', async () => {
    const repo = groupRepository();
    const check = makeIo({ cwd: join(repo, 'src/model') });
    expect(await runCli(['check'], check.io)).toBe(1);
    expect(check.out.stderr).toBe('');
    expect(check.out.stdout.startsWith(`${join(repo, 'reports/README.md')} · checked as report.py`)).toBe(
      true,
    );
    const status = makeIo({ cwd: join(repo, 'tests') });
    expect(await runCli(['status', '--json'], status.io)).toBe(0);
    expect(JSON.parse(status.out.stdout)).toMatchObject({ file: join(repo, 'reports/README.md') });
    const toggle = makeIo({ cwd: join(repo, 'src') });
    expect(await runCli(['toggle', '1', '--on'], toggle.io)).toBe(0);
    expect(readFileSync(join(repo, 'reports/README.md'), 'utf8')).toContain('* [x]');
  });

  it('should let every other command that reads the report find it from src/model too', async () => {
    const repo = groupRepository();
    const report = join(repo, 'reports/README.md');
    const template = join(repo, '..', 'template.md');
    writeFileSync(template, makeReport());
    const env = {
      PATH: process.env.PATH ?? '',
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
    };
    execFileSync('git', ['add', '-A'], { cwd: repo, env });
    execFileSync('git', ['commit', '-qm', 'report'], { cwd: repo, env });
    const run = async (...args: string[]) => {
      const { io, out } = makeIo({ cwd: join(repo, 'src/model'), env });
      const code = await runCli(args, io);
      return { code, stdout: out.stdout, stderr: out.stderr };
    };
    // Each names or changes the root's report: none says it found none.
    expect(await run('fix', '--dry-run')).toMatchObject({ code: 0, stderr: '' });
    expect(await run('resolve')).toEqual({
      code: 0,
      stdout: 'No conflicts in ../../reports/README.md.\n',
      stderr: '',
    });
    expect(await run('migrate', '--template', template, '--dry-run')).toEqual({
      code: 2,
      stdout: '',
      stderr: `report-wizard: ${report} already uses the 2026 template.\n`,
    });
    expect((await run('parity')).stderr).toContain(`No report.py next to ${report}`);
    expect((await run('evidence')).stdout).toContain('Create a git repository for the project (M5)');
    expect((await run('handin')).stdout).toContain(', reports/README.md\n');
    expect((await run('setup', '--dry-run')).stdout).toContain('reports/README.md merge=report-wizard');
    expect(await run('answer', '4', '--text', 'We used uv.')).toMatchObject({ code: 0, stderr: '' });
    expect(readFileSync(report, 'utf8')).toContain('\nWe used uv.\n');
  });

  it('should name the report it found above a folder given as PATH, not the folder', async () => {
    const repo = groupRepository();
    const { io, out } = makeIo({ cwd: repo });
    expect(await runCli(['check', '--json', 'src'], io)).toBe(1);
    expect((JSON.parse(out.stdout) as { file: string }).file).toBe(join(repo, 'reports/README.md'));
    const named = makeIo({ cwd: repo });
    expect(await runCli(['check', '--json', 'reports'], named.io)).toBe(1);
    expect((JSON.parse(named.out.stdout) as { file: string }).file).toBe('reports');
  });

  it("should prefer the folder's own README.md report, and not take a README.md above it for the report", async () => {
    const repo = groupRepository();
    writeFileSync(join(repo, 'src/README.md'), makeReport());
    expect((await findReportUpward(nodeFileSystem, join(repo, 'src'))).path).toBe(
      join(repo, 'src/README.md'),
    );
    // Above the start, only reports/README.md counts: the repository's own README.md is the project's.
    const bare = realpathSync(mkdtempSync(join(tmpdir(), 'rw-upward-')));
    mkdirSync(join(bare, 'src'));
    execFileSync('git', ['init', '-q', bare]);
    writeFileSync(join(bare, 'README.md'), makeReport());
    expect(await findReportUpward(nodeFileSystem, join(bare, 'src'))).toEqual({
      path: null,
      stoppedAt: 'repository',
    });
  });

  it("should stop at the repository's root, not take a report of the folder holding the repository", async () => {
    const repo = groupRepository();
    const outer = join(repo, '..');
    mkdirSync(join(outer, 'reports'));
    writeFileSync(join(outer, 'reports/README.md'), makeReport());
    const inner = join(outer, 'other');
    mkdirSync(join(inner, 'src'), { recursive: true });
    execFileSync('git', ['init', '-q', inner]);
    const { io, out } = makeIo({ cwd: join(inner, 'src') });
    expect(await runCli(['check'], io)).toBe(2);
    expect(out.stderr).toBe(
      'report-wizard: ' +
        join(inner, 'src') +
        ": no reports/README.md or README.md in this directory, and no reports/README.md in a folder above it up to the repository's root.\n",
    );
  });
});
