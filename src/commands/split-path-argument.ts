import { resolve } from 'node:path';
import type { FileSystem } from '../io/file-system.js';

/** Whether `path` is something a report argument could mean: a file, or a folder that holds a report. */
const namesReport = async (fs: FileSystem, path: string): Promise<boolean> => {
  const stat = await fs.stat(path);
  if (stat === null) return false;
  if (!stat.isDirectory) return true;
  for (const inside of ['reports/README.md', 'README.md'])
    if ((await fs.stat(resolve(path, inside)))?.isFile === true) return true;
  return false;
};

/**
 * Separates a trailing PATH from other positional arguments when no `--report` said which it is: the last one is
 * the PATH when at least `keep` arguments remain before it and it names a file or a folder holding a report, so
 * `toggle M17 docker` beside a `docker/` folder of code still toggles M17 and docker.
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
    (await namesReport(fs, resolve(cwd, last)))
  )
    return { rest: positionals.slice(0, -1), path: last };
  return { rest: positionals, path: undefined };
};
