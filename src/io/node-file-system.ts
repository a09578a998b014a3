import { readFileSync, readdirSync, statSync } from 'node:fs';
import { chmod, open, readFile, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { FileSystem } from './file-system.js';
import { ReportError } from './report-error.js';

const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => Buffer.from(a).equals(Buffer.from(b));

const describe = (path: string, error: unknown): string => {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return `${path} is read-only: nothing was written.`;
  if (code === 'ENOSPC') return `No space left to write ${path}: nothing was written.`;
  return `Could not write ${path}: ${(error as Error).message}`;
};

/** Runs a synchronous call and hands its result or its error over as a promise, like the async API would. */
const settle = <T>(call: () => T): Promise<T> => {
  try {
    return Promise.resolve(call());
  } catch (error) {
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- errors from fs are Error objects
    return Promise.reject(error);
  }
};

/** The real file system, with atomic writes that refuse to overwrite a file changed since it was read. */
export const nodeFileSystem: FileSystem = {
  // Reads are synchronous: a CLI has nothing else to do meanwhile, and `check` over 1,000 reports spends most of
  // its time in thread-pool round trips otherwise.
  readFile: (path) => settle(() => readFileSync(path)),
  stat: (path) => {
    let s;
    try {
      s = statSync(path, { throwIfNoEntry: false });
    } catch {
      s = undefined;
    }
    if (s === undefined) return Promise.resolve(null);
    const kind = s.isFile()
      ? 'file'
      : s.isDirectory()
        ? 'directory'
        : s.isFIFO()
          ? 'fifo'
          : s.isCharacterDevice() || s.isBlockDevice()
            ? 'device'
            : s.isSocket()
              ? 'socket'
              : 'other';
    return Promise.resolve({
      isFile: s.isFile(),
      isDirectory: s.isDirectory(),
      mode: s.mode & 0o7777,
      size: s.size,
      kind,
      uid: s.uid,
      gid: s.gid,
    });
  },
  readdir: (path) => settle(() => readdirSync(path)),
  writeFileAtomic: async (path, data, expected) => {
    // Through a symlink, the file it points to is the one to replace: renaming onto the link itself would swap the
    // link for a copy and leave the student's real file unchanged.
    const target = await realpath(path).catch(() => path);
    const current = await readFile(target).catch((error: NodeJS.ErrnoException) => {
      // Gone or replaced is a change on disk; unreadable is not, and says so.
      if (error.code === 'ENOENT') return null;
      throw new ReportError(`${path} can no longer be read (${error.code ?? 'error'}): nothing was written.`);
    });
    if (current === null || !sameBytes(current, expected)) {
      throw new ReportError(
        `${path} changed on disk since it was read: nothing was written. Run the command again.`,
      );
    }
    const { mode } = await stat(target);
    // Refuse early: rename would replace a read-only file in a writable folder.
    if ((mode & 0o222) === 0) throw new ReportError(`${path} is read-only: nothing was written.`);
    const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
    try {
      const handle = await open(temp, 'wx', mode & 0o7777);
      try {
        await handle.writeFile(data, 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      await chmod(temp, mode & 0o7777);
      await rename(temp, target);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      throw error instanceof ReportError ? error : new ReportError(describe(path, error));
    }
  },
};
