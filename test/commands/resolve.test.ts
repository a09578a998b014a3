import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { wizardResolve } from '../../src/commands/wizard-resolve.js';
import { nodeFileSystem } from '../../src/io/node-file-system.js';
import { markerConflicts } from '../../src/report/merge/marker-conflicts.js';
import { makeIo } from '../helpers/make-io.js';

const fixture = readFileSync(new URL('../fixtures/reports/minimal-2026.md', import.meta.url), 'utf8');
/** The fixture with question n's placeholder line (not the preamble's example of it) replaced. */
const answered = (n: number, text: string, base = fixture): string =>
  base.replace(`\n--- question ${n} fill here ---\n`, `\n${text}\n`);
const conflict = (n: number, ours: string, theirs: string): string =>
  `<<<<<<< ours (Question ${n})\n${ours}\n=======\n${theirs}\n>>>>>>> theirs (Question ${n})`;
// What the merge driver leaves when both sides answered questions 1 and 31.
const driven = answered(
  31,
  conflict(31, 'Anna did it.', 'Bo did it.'),
  answered(1, conflict(1, 'Group 7.', 'Group 8.')),
);
const env = {
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  PATH: process.env.PATH ?? '',
};

const folder = (text?: string) => {
  const made = makeIo({ env });
  mkdirSync(join(made.cwd, 'reports'));
  if (text !== undefined) made.put('reports/README.md', text);
  const run = async (...args: string[]) => {
    made.out.stdout = '';
    made.out.stderr = '';
    const code = await runCli(args, made.io);
    return { code, stdout: made.out.stdout, stderr: made.out.stderr };
  };
  const report = (): string => readFileSync(join(made.cwd, 'reports/README.md'), 'utf8');
  return { ...made, run, report };
};

const items = ['* [ ] Create a git repository', '* [ ] Keep the dependencies'];
/** The text with checklist item 1 or 2 ticked (they sit on neighbouring lines). */
const tick = (n: 1 | 2, text: string): string =>
  text.replace(items[n - 1]!, items[n - 1]!.replace('[ ]', '[x]'));

/** A repository where merging branch `theirs` into main leaves the report unmerged, with or without the driver. */
const unmerged = (driver: boolean) => {
  const repo = folder(fixture);
  const git = (...args: string[]) => spawnSync('git', args, { cwd: repo.cwd, env, encoding: 'utf8' });
  git('init', '-q', '-b', 'main');
  if (driver) {
    const bin = join(import.meta.dirname, '../../bin/report-wizard.js');
    execFileSync(process.execPath, [bin, 'setup'], { cwd: repo.cwd, env });
  }
  git('add', '.');
  git('commit', '-q', '-m', 'base');
  git('checkout', '-q', '-b', 'theirs');
  repo.put('reports/README.md', tick(2, answered(31, 'Bo did it.', answered(1, 'Group 8.'))));
  git('commit', '-q', '-am', 'theirs');
  git('checkout', '-q', 'main');
  repo.put(
    'reports/README.md',
    tick(1, answered(31, 'Anna did it.', answered(2, 's1, s2', answered(1, 'Group 7.')))),
  );
  git('commit', '-q', '-am', 'ours');
  expect(git('merge', '-q', 'theirs').status).toBe(1);
  return { ...repo, git };
};

describe('resolve', () => {
  it('should list the conflicts when no side is chosen', async () => {
    const repo = folder(driven);
    expect(await repo.run('resolve')).toEqual({
      code: 1,
      stdout:
        'Conflicts in reports/README.md: Question 1, Question 31.\n' +
        'Resolve them: report-wizard resolve --ours | --theirs | --both [QUESTION...]\n',
      stderr: '',
    });
    expect(repo.report()).toBe(driven);
  });

  it('should resolve only the named question from the markers, touching nothing else', async () => {
    const repo = folder(driven);
    expect(await repo.run('resolve', '--theirs', '31')).toEqual({
      code: 1,
      stdout: 'Took theirs in Question 31.\n1 conflict remains in reports/README.md.\n',
      stderr: '',
    });
    expect(repo.report()).toBe(answered(31, 'Bo did it.', answered(1, conflict(1, 'Group 7.', 'Group 8.'))));
  });

  it('should take both sides in order and then say the git add command', async () => {
    const repo = folder(driven);
    expect(await repo.run('resolve', '--both')).toEqual({
      code: 0,
      stdout:
        'Took both sides in Question 1, Question 31.\nNo conflicts remain. Mark the report resolved: git add reports/README.md\n',
      stderr: '',
    });
    expect(repo.report()).toBe(answered(31, 'Anna did it.\nBo did it.', answered(1, 'Group 7.\nGroup 8.')));
  });

  it('should quote the suggested git add for a report path with a space, so that it runs as shown', async () => {
    const repo = folder();
    mkdirSync(join(repo.cwd, 'My Report'));
    repo.put('My Report/README.md', driven);
    expect(await repo.run('resolve', '--both', '--report', 'My Report/README.md')).toEqual({
      code: 0,
      stdout:
        "Took both sides in Question 1, Question 31.\nNo conflicts remain. Mark the report resolved: git add 'My Report/README.md'\n",
      stderr: '',
    });
  });

  it("should quote the wizard's git add for a report path with a space (the Resolve screen shows it)", async () => {
    const repo = folder();
    mkdirSync(join(repo.cwd, 'My Report'));
    const path = repo.put('My Report/README.md', driven);
    spawnSync('git', ['init', '-q', '-b', 'main'], { cwd: repo.cwd, env });
    const port = await wizardResolve(nodeFileSystem, path, driven);
    expect(port?.command).toBe("git add 'My Report/README.md'");
  });

  it('should resolve from the index stages of an unmerged report the driver merged, touching nothing else', async () => {
    const repo = unmerged(true);
    const before = repo.report();
    expect(before).toBe(
      tick(
        1,
        tick(
          2,
          answered(
            31,
            conflict(31, 'Anna did it.', 'Bo did it.'),
            answered(2, 's1, s2', answered(1, conflict(1, 'Group 7.', 'Group 8.'))),
          ),
        ),
      ),
    );
    expect(await repo.run('resolve', '--ours', '1')).toEqual({
      code: 1,
      stdout: 'Took ours in Question 1.\n1 conflict remains in reports/README.md.\n',
      stderr: '',
    });
    expect(repo.report()).toBe(before.replace(`${conflict(1, 'Group 7.', 'Group 8.')}`, 'Group 7.'));
  });

  it("should merge git's own markers again from the index, question by question", async () => {
    const repo = unmerged(false);
    expect(repo.report()).toContain('<<<<<<< HEAD');
    expect(await repo.run('resolve', '--theirs')).toEqual({
      code: 0,
      stdout:
        "The report's markers came from git's line merge: it is merged again from the index's three versions, question by question.\n" +
        'Took theirs in Question 1, Question 31.\nNo conflicts remain. Mark the report resolved: git add reports/README.md\n',
      stderr: '',
    });
    expect(repo.report()).toBe(
      tick(1, tick(2, answered(31, 'Bo did it.', answered(2, 's1, s2', answered(1, 'Group 8.'))))),
    );
  });

  it('should refuse markers it cannot read one by one, in one line', async () => {
    const nested = answered(3, '<<<<<<< a\n<<<<<<< b\nx\n=======\ny\n>>>>>>> b\n>>>>>>> a');
    const repo = folder(nested);
    const line = nested.split('\n').indexOf('<<<<<<< a') + 1;
    expect(await repo.run('resolve', '--ours')).toEqual({
      code: 2,
      stdout: '',
      stderr:
        `report-wizard: Cannot read the conflict markers one by one: line ${line + 1} opens a conflict inside ` +
        `the one opened on line ${line}. Resolve them in an editor.\n`,
    });
    expect(repo.report()).toBe(nested);
  });

  it('should refuse two choices', async () => {
    const repo = folder(driven);
    expect((await repo.run('resolve', '--ours', '--theirs')).stderr).toBe(
      'report-wizard: Choose one of --ours, --theirs and --both (usage: report-wizard resolve [QUESTION...] [--report PATH] [--ours | --theirs | --both])\n',
    );
  });
});

describe('markerConflicts', () => {
  it('should read each conflict with its sides, base and question', () => {
    const text = '### Question 4\n<<<<<<< HEAD\na\n||||||| base\nb\n=======\nc\n>>>>>>> other\nafter\n';
    expect(markerConflicts(text)).toEqual({
      ok: true,
      conflicts: [
        { start: 15, end: 69, label: 'HEAD', question: 4, ours: 'a\n', base: 'b\n', theirs: 'c\n' },
      ],
    });
  });

  it.each([
    ['x\n>>>>>>> b\n', 'line 2 (">>>>>>>") has no "<<<<<<<" above it'],
    ['<<<<<<< a\nx\n', 'the conflict opened on line 1 is never closed (no ">>>>>>>")'],
    ['<<<<<<< a\nx\n>>>>>>> b\n', 'line 3 closes a conflict that has no "=======" yet'],
  ])('should say why %j cannot be read', (text, reason) => {
    expect(markerConflicts(text)).toEqual({ ok: false, reason });
  });

  it('should read seven = and | outside a conflict as text', () => {
    expect(markerConflicts('Title\n=======\n|||||||\n')).toEqual({ ok: true, conflicts: [] });
  });
});
