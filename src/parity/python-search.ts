import { lstat } from 'node:fs/promises';
import type { FileSystem } from '../io/file-system.js';
import type { PythonSearch } from './python-candidates.js';

/** The python search over the injected file system, as `parity` and `preview` both run it. */
export const pythonSearch = (
  fs: FileSystem,
  options: Pick<PythonSearch, 'env' | 'reportDir' | 'python' | 'platform'> & {
    uid?: () => number | undefined;
  },
): PythonSearch => ({
  ...(options.python === undefined ? {} : { python: options.python }),
  ...(options.platform === undefined ? {} : { platform: options.platform }),
  env: options.env,
  reportDir: options.reportDir,
  stat: async (path) => {
    const found = await fs.stat(path);
    return found === null ? null : { isFile: found.isFile, uid: found.uid };
  },
  lstat: async (path) => {
    try {
      const found = await lstat(path);
      return { isFile: found.isFile(), uid: found.uid, isSymlink: found.isSymbolicLink() };
    } catch {
      return null;
    }
  },
  uid: options.uid ?? (() => process.getuid?.()),
});
