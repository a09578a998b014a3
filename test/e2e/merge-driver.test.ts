import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireCurrentDist } from '../helpers/current-dist.js';
import { tempFolders } from '../helpers/temp-folders.js';
import { git, gitEnv } from '../helpers/test-git.js';

const bin = fileURLToPath(new URL('../../bin/report-wizard.js', import.meta.url));
const fixture = readFileSync(new URL('../fixtures/reports/minimal-2026.md', import.meta.url), 'utf8');
const temp = tempFolders();
const env = gitEnv;
/** `git` that may fail: its exit code and output. */
const tryGit = (cwd: string, args: string[], extraEnv: Record<string, string> = {}) => {
  const run = spawnSync('git', args, { cwd, env: { ...env, ...extraEnv }, encoding: 'utf8' });
  return { status: run.status, out: run.stdout + run.stderr };
};
const cli = (cwd: string, ...args: string[]) => {
  const run = spawnSync(process.execPath, [bin, ...args], { cwd, env, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
};
const edit = (text: string, from: string, to: string): string => {
  expect(text).toContain(from);
  return text.replace(from, to);
};

// Ours ticks checklist item 1 and answers question 1; theirs ticks item 2, on the next line, and answers question 2.
const ours = (text: string): string =>
  edit(
    edit(text, '* [ ] Create a git repository', '* [x] Create a git repository'),
    '--- question 1 fill here ---',
    'Group 7.',
  );
const theirs = (text: string): string =>
  edit(
    edit(text, '* [ ] Keep the dependencies', '* [x] Keep the dependencies'),
    '--- question 2 fill here ---',
    's111111, s222222',
  );

/**
 * A bare origin holding the report, and two clones: `a` pushes ours's edits to main, `b` commits theirs's and pulls.
 * `setup` runs in `b` when asked. Returns `b` with the pull's exit code.
 */
const teammates = (options: { setup: boolean; path?: string }) => {
  const origin = temp('merge-origin-');
  git(origin, 'init', '-q', '--bare', '-b', 'main');
  const [a, b] = [temp('merge-a-'), temp('merge-b-')];
  git(a, 'clone', '-q', origin, '.');
  mkdirSync(join(a, 'reports'));
  writeFileSync(join(a, 'reports/README.md'), fixture);
  git(a, 'add', '.');
  git(a, 'commit', '-q', '-m', 'report');
  if (options.setup) {
    // One teammate commits the attribute; each sets up the driver in their own clone.
    expect(cli(a, 'setup').status).toBe(0);
    git(a, 'add', '.gitattributes');
    git(a, 'commit', '-q', '-m', 'merge driver');
  }
  git(a, 'push', '-q', 'origin', 'main');
  git(b, 'clone', '-q', origin, '.');
  if (options.setup) expect(cli(b, 'setup').status).toBe(0);
  writeFileSync(join(a, 'reports/README.md'), ours(fixture));
  git(a, 'commit', '-q', '-am', 'ours');
  git(a, 'push', '-q', 'origin', 'main');
  writeFileSync(join(b, 'reports/README.md'), theirs(fixture));
  git(b, 'commit', '-q', '-am', 'theirs');
  const pull = tryGit(
    b,
    ['pull', '-q', '--no-rebase', 'origin', 'main'],
    options.path === undefined ? {} : { PATH: options.path },
  );
  return { b, pull, report: () => readFileSync(join(b, 'reports/README.md'), 'utf8') };
};

beforeAll(requireCurrentDist);

describe('merge driver, end to end with git', () => {
  it('should merge edits of neighbouring lines in different questions and items cleanly once set up', () => {
    const { b, pull, report } = teammates({ setup: true });
    expect(pull.status).toBe(0);
    expect(report()).toBe(theirs(ours(fixture)));
    expect(git(b, 'ls-files', '-u')).toBe('');
  });

  it("should leave git's behaviour unchanged without the driver: a line conflict", () => {
    const { b, pull, report } = teammates({ setup: false });
    expect(pull.status).toBe(1);
    expect(pull.out).toContain('CONFLICT (content): Merge conflict in reports/README.md');
    expect(report()).toContain('<<<<<<< HEAD\n* [ ] Create a git repository');
    expect(git(b, 'ls-files', '-u', '--', 'reports/README.md').split('\n').filter(Boolean)).toHaveLength(3);
  });

  it("should fall back to git's own line merge, never to ours, where node cannot start", () => {
    // A PATH with git, sh and grep but no node.
    const path = temp('merge-path-');
    for (const tool of ['git', 'sh', 'grep'])
      symlinkSync(
        execFileSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).trim(),
        join(path, tool),
      );
    const { pull, report } = teammates({ setup: true, path });
    expect(pull.status).toBe(1);
    expect(pull.out).toContain(
      'report-wizard could not run: git merge-file merges reports/README.md line by line',
    );
    expect(report()).toContain('<<<<<<< ours\n* [ ] Create a git repository');
    expect(report()).toContain('s111111, s222222');
    expect(report()).toContain('Group 7.');
  });
});
