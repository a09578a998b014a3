import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import type { ReadRepositoryFile } from './read-repository-file.js';

/** Where `full` really is, or null when it cannot be told (a dangling link). */
const realPath = (full: string): string | null => {
  try {
    return realpathSync(full);
  } catch {
    return null;
  }
};

const errorCode = (error: unknown): string | undefined => (error as NodeJS.ErrnoException).code;

/**
 * The scan's reads on node's file system, for the files below `root`: one open, one fstat and one read per regular
 * file, into one buffer of `maxBytes` and one more byte. A file read through a symbolic link (the file or a folder
 * above it) is read only when it leads to a file inside the repository (a tracked link to /proc/self/pagemap or
 * /dev/zero is listed, not read): the real path of each folder is looked up once, not once per file.
 */
export const nodeRepositoryFiles = (root: string, maxBytes: number): ReadRepositoryFile => {
  const inside = `${realPath(root) ?? root}${sep}`;
  const folders = new Map<string, boolean>();
  /** Whether a folder's real path is inside the repository: its files are then, unless they are links themselves. */
  const folderInside = (folder: string): boolean => {
    let known = folders.get(folder);
    if (known === undefined)
      folders.set(folder, (known = `${realPath(folder) ?? ''}${sep}`.startsWith(inside)));
    return known;
  };
  const buffer = Buffer.allocUnsafe(maxBytes + 1);
  const decoder = new TextDecoder('utf-8', { fatal: true });

  /** The text of the regular file open as `fd`, null when too large, binary (a NUL byte) or not UTF-8. */
  const readText = (fd: number): string | null => {
    let length = 0;
    while (length < buffer.length) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length > maxBytes) return null;
    const bytes = buffer.subarray(0, length);
    if (bytes.includes(0)) return null;
    try {
      return decoder.decode(bytes);
    } catch {
      return null;
    }
  };

  /** A path whose last part is a symbolic link (or that cannot be opened plainly): followed, as a stat does. */
  const throughLink = (full: string, contents: boolean): string | null | undefined => {
    let stat;
    try {
      stat = statSync(full, { throwIfNoEntry: false });
    } catch {
      return undefined;
    }
    if (stat === undefined || !stat.isFile()) return undefined;
    if (!contents || stat.size > maxBytes || !(realPath(full) ?? '').startsWith(inside)) return null;
    try {
      const fd = openSync(full, constants.O_RDONLY | constants.O_NONBLOCK);
      try {
        return fstatSync(fd).isFile() ? readText(fd) : null;
      } finally {
        closeSync(fd);
      }
    } catch {
      return null;
    }
  };

  return (path, contents) => {
    const full = join(root, path);
    let fd: number;
    try {
      // O_NOFOLLOW: a link fails with ELOOP and takes the careful way; O_NONBLOCK: a FIFO never blocks the open.
      fd = openSync(full, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
    } catch (error) {
      return errorCode(error) === 'ENOENT' ? undefined : throughLink(full, contents);
    }
    try {
      const stat = fstatSync(fd);
      if (!stat.isFile()) return undefined;
      if (!contents || stat.size > maxBytes || !folderInside(dirname(full))) return null;
      return readText(fd);
    } catch {
      return null;
    } finally {
      closeSync(fd);
    }
  };
};
