import { dirname, join } from 'node:path';
import type { FileSystem } from './file-system.js';
import { statSettled } from './stat-settled.js';

/**
 * The report for a folder, looked for the way git looks for `.git`: the folder's `reports/README.md`, then its
 * `README.md`; then `reports/README.md` in each folder above it (a `README.md` there is the project's, not the
 * report), stopping after the repository's root (a folder holding `.git`) or the file system's root. Stat calls only.
 */
export const findReportUpward = async (
  fs: FileSystem,
  dir: string,
): Promise<{ path: string | null; stoppedAt: 'repository' | 'file system' }> => {
  for (let at = dir; ; at = dirname(at)) {
    for (const candidate of at === dir ? ['reports/README.md', 'README.md'] : ['reports/README.md']) {
      const inside = join(at, candidate);
      if ((await statSettled(fs, inside))?.isFile) return { path: inside, stoppedAt: 'repository' };
    }
    if ((await fs.stat(join(at, '.git'))) !== null) return { path: null, stoppedAt: 'repository' };
    if (dirname(at) === at) return { path: null, stoppedAt: 'file system' };
  }
};
