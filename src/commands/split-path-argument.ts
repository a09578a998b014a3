import { resolve } from 'node:path';
import type { FileSystem } from '../io/file-system.js';

/**
 * Separates a trailing PATH from other positional arguments: the last one is the PATH when it names an existing
 * file or directory and at least `keep` arguments remain before it.
 */
export const splitPathArgument = async (
  fs: FileSystem,
  cwd: string,
  positionals: string[],
  keep: number,
): Promise<{ rest: string[]; path: string | undefined }> => {
  const last = positionals[positionals.length - 1];
  if (
    positionals.length > keep &&
    last !== undefined &&
    last !== '-' &&
    (await fs.stat(resolve(cwd, last))) !== null
  ) {
    return { rest: positionals.slice(0, -1), path: last };
  }
  return { rest: positionals, path: undefined };
};
