import { join } from 'node:path';
import type { FileSystem } from '../io/file-system.js';
import { type FileWatch, watchFolder } from '../io/watch-file.js';
import { findRepository } from './find-repository.js';

/**
 * Watches the `.git` folder of the repository holding `dir` (HEAD, the index, FETCH_HEAD, ORIG_HEAD: a commit, a
 * branch switch, a pull or a `git add` each touch one) and each remote's folder of `refs/remotes` (a push moves the
 * remote branch there), and calls `onChange` once a burst settles; nothing outside a repository, nor for a linked
 * worktree's `.git` file. Git's own lints never write there (GIT_OPTIONAL_LOCKS=0), so the refresh this triggers
 * triggers no other.
 */
export const watchGitDir =
  (fs: FileSystem, dir: string, quietMs = 300) =>
  (onChange: () => void): FileWatch => {
    let closed = false;
    const watches: FileWatch[] = [];
    const close = (): void => watches.splice(0).forEach((watch) => watch.close());
    void (async () => {
      const root = await findRepository(fs, dir);
      if (root === null) return;
      const git = join(root, '.git');
      if ((await fs.stat(git))?.isDirectory !== true) return;
      const remotes = join(git, 'refs', 'remotes');
      const folders = [
        git,
        ...(await fs.readdir(remotes).catch(() => [])).map((name) => join(remotes, name)),
      ];
      if (closed) return;
      // The header simply stops following git when a folder cannot be watched: the report's watch goes on.
      for (const folder of folders) {
        try {
          watches.push(watchFolder(folder, () => true, onChange, close, quietMs));
        } catch {
          // A remote's folder that is a file or gone: that remote is not followed.
        }
      }
    })().catch(() => undefined);
    return {
      close: () => {
        closed = true;
        close();
      },
    };
  };
