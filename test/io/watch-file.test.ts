import { execFileSync } from 'node:child_process';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, vi } from 'vitest';
import { watchGitDir } from '../../src/git/watch-git-dir.js';
import { nodeFileSystem } from '../../src/io/node-file-system.js';
import { watchFile } from '../../src/io/watch-file.js';
import { tempFolders } from '../helpers/temp-folders.js';

const temp = tempFolders();
const poll = <T>(read: () => T) => expect.poll(read, { timeout: 10_000, interval: 5 });

test('should see a rename save and an in-place write of the file, and nothing else in its folder', async () => {
  const dir = temp('rw-watch-');
  const path = join(dir, 'README.md');
  writeFileSync(path, 'one\n');
  const onChange = vi.fn();
  const watch = watchFile(path, onChange, () => undefined, 20);
  try {
    writeFileSync(join(dir, 'other.md'), 'x');
    writeFileSync(join(dir, 'README.md.swp'), 'x');
    writeFileSync(join(dir, 'README.md.tmp'), 'two\n');
    renameSync(join(dir, 'README.md.tmp'), path);
    await poll(() => onChange.mock.calls.length).toBe(1);
    writeFileSync(path, 'three\n');
    await poll(() => onChange.mock.calls.length).toBe(2);
  } finally {
    watch.close();
  }
});

test('should see a commit in the repository of a folder, and watch nothing outside one', async () => {
  const dir = temp('rw-watch-git-');
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.email=a@b', '-c', 'user.name=a', ...args], {
      cwd: dir,
      stdio: 'ignore',
    });
  git('init', '-q');
  mkdirSync(join(dir, 'reports'));
  writeFileSync(join(dir, 'reports', 'README.md'), 'one\n');
  const onChange = vi.fn();
  const watch = watchGitDir(nodeFileSystem, join(dir, 'reports'), 20)(onChange);
  try {
    // The watch starts once the repository is found: a first commit is retried until it is seen.
    await poll(() => {
      if (onChange.mock.calls.length === 0) git('add', '-A');
      return onChange.mock.calls.length;
    }).toBeGreaterThan(0);
    const seen = onChange.mock.calls.length;
    git('commit', '-qm', 'one');
    await poll(() => onChange.mock.calls.length).toBeGreaterThan(seen);
  } finally {
    watch.close();
  }
  const outside = temp('rw-watch-none-');
  // Outside a repository nothing is watched: closing it is all there is.
  watchGitDir(nodeFileSystem, outside, 20)(onChange).close();
});

test('should see a push move the remote branch', async () => {
  const base = temp('rw-watch-push-');
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', ['-c', 'user.email=a@b', '-c', 'user.name=a', ...args], { cwd, stdio: 'ignore' });
  git(base, 'init', '-q', '--bare', 'origin.git');
  git(base, 'clone', '-q', 'origin.git', 'clone');
  const clone = join(base, 'clone');
  writeFileSync(join(clone, 'README.md'), 'one\n');
  git(clone, 'add', '-A');
  git(clone, 'commit', '-qm', 'one');
  git(clone, 'push', '-q', 'origin', 'HEAD:refs/heads/main');
  writeFileSync(join(clone, 'README.md'), 'two\n');
  git(clone, 'commit', '-qam', 'two');
  const onChange = vi.fn();
  const watch = watchGitDir(nodeFileSystem, clone, 20)(onChange);
  try {
    // The watch starts once the repository's folders are found: pushed again (the branch moved back and forth)
    // until seen. Only refs/remotes/origin changes: a push writes nothing at the top of .git.
    let pushes = 0;
    await poll(() => {
      if (onChange.mock.calls.length === 0)
        git(
          clone,
          'push',
          '-q',
          '--force',
          'origin',
          `${++pushes % 2 === 1 ? 'HEAD' : 'HEAD~1'}:refs/heads/main`,
        );
      return onChange.mock.calls.length;
    }).toBeGreaterThan(0);
  } finally {
    watch.close();
  }
});
