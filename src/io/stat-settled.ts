import type { FileStat, FileSystem } from './file-system.js';
import { reportLockPath } from './report-lock-path.js';

/**
 * `fs.stat(path)`, asked again once the writers' lock is free when nothing is at `path` but the lock is there: a
 * writer moves the report aside for an instant while it swaps the new one in (see node-file-system.ts), and a command
 * started just then must not say the report is gone. Only a miss beside a lock waits, so a plain miss costs one
 * `stat` more and writes nothing.
 */
export const statSettled = async (fs: FileSystem, path: string): Promise<FileStat | null> => {
  const stat = await fs.stat(path);
  if (stat !== null || (await fs.stat(reportLockPath(path))) === null) return stat;
  return fs.withLock(path, async () => fs.stat(path)).catch(() => null);
};
