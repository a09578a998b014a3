import { dirname, join } from 'node:path';
import type { FileSystem } from '../io/file-system.js';

/** The work tree holding `dir` (the nearest folder with a `.git` file or folder), or null: stat calls only. */
export const findRepository = async (fs: FileSystem, dir: string): Promise<string | null> => {
  for (let at = dir; ; at = dirname(at)) {
    if ((await fs.stat(join(at, '.git'))) !== null) return at;
    if (dirname(at) === at) return null;
  }
};
