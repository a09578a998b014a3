import { constants } from 'node:fs';
import { lstat, open } from 'node:fs/promises';

/** What is at a lock's path: nothing, a regular file's first bytes, or something that is no lock (named). */
export type LockFile = null | { content: string } | { not: string };

// A lock holds a pid, a start time, a host name and a count: far less than this.
const maxLockBytes = 1024;

const kindOf = (s: { isDirectory(): boolean; isSymbolicLink(): boolean; isFIFO(): boolean }): string =>
  s.isDirectory()
    ? 'a folder'
    : s.isSymbolicLink()
      ? 'a symbolic link'
      : s.isFIFO()
        ? 'a FIFO (named pipe)'
        : 'not a regular file';

/**
 * Reads the lock at `path` without following a symbolic link, without blocking (a FIFO) and never more than a lock's
 * size (a link to /dev/zero, a huge file that arrived through git): anything but a regular file is named instead.
 */
export const readLockFile = async (path: string): Promise<LockFile> => {
  const seen = await lstat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (seen === null) return null;
  if (!seen.isFile()) return { not: kindOf(seen) };
  let handle;
  try {
    // O_NOFOLLOW and O_NONBLOCK: the path may have become a link or a FIFO since the lstat.
    handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    if (code === 'ELOOP') return { not: 'a symbolic link' };
    throw error;
  }
  try {
    const now = await handle.stat();
    if (!now.isFile()) return { not: kindOf(now) };
    const buffer = Buffer.alloc(Math.min(now.size, maxLockBytes));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return { content: buffer.subarray(0, bytesRead).toString('utf8') };
  } finally {
    await handle.close();
  }
};
