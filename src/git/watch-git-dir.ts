import { join } from 'node:path';
import type { FileSystem } from '../io/file-system.js';
import { type FileWatch, watchFolder } from '../io/watch-file.js';
import { findRepository } from './find-repository.js';

/**
 * Watches the `.git` folder of the repository holding `dir` (HEAD, the index, FETCH_HEAD, ORIG_HEAD: a commit, a
 * branch switch, a pull or a `git add` each touch one) and calls `onChange` once a burst settles; nothing outside a
 * repository, nor for a linked worktree's `.git` file. Git's own lints never write there (GIT_OPTIONAL_LOCKS=0), so
 * the refresh this triggers triggers no other.
 */
export const watchGitDir =
  (fs: FileSystem, dir: string, quietMs = 300) =>
  (onChange: () => void): FileWatch => {
    let closed = false;
    let watch: FileWatch | null = null;
    void (async () => {
      const root = await findRepository(fs, dir);
      if (root === null) return;
      const git = join(root, '.git');
      if ((await fs.stat(git))?.isDirectory !== true || closed) return;
      // The header simply stops following git when its folder cannot be watched: the report's watch goes on.
      watch = watchFolder(git, () => true, onChange, () => watch?.close(), quietMs);
    })().catch(() => undefined);
    return {
      close: () => {
        closed = true;
        watch?.close();
      },
    };
  };
