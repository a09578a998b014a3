import { AsyncLocalStorage } from 'node:async_hooks';
import {
  accessSync,
  appendFileSync,
  closeSync,
  constants,
  fstatSync,
  linkSync,
  lstatSync,
  openSync,
  readSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
} from 'node:fs';
import type { BigIntStats } from 'node:fs';
import { open, realpath, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ChangedOnDiskError } from './changed-on-disk-error.js';
import { type FileStat, type FileSystem, maxReadBytes } from './file-system.js';
import { removeOnExit } from './remove-on-exit.js';
import { removeStaleTempFiles, tempFileName } from './remove-stale-temp-files.js';
import { ReportError } from './report-error.js';
import { reportLockPath } from './report-lock-path.js';
import { type HeldFileLock, takeFileLock } from './take-file-lock.js';

const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => Buffer.from(a).equals(Buffer.from(b));

const errorCode = (error: unknown): string | undefined => (error as NodeJS.ErrnoException).code;

const isWritable = (path: string): boolean => {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
};

/** One line for a failed write of `path`, whose temporary file or lock was to be made in `folder`. */
const describe = (path: string, folder: string, error: unknown): string => {
  const code = errorCode(error);
  if (code === 'EACCES' || code === 'EPERM') {
    // The file itself may be writable while its folder is not: a rename-based write needs the folder.
    return isWritable(path)
      ? `${path} cannot be replaced: no temporary file can be created in the folder ${folder} (permission denied), so nothing was written.`
      : `${path} is read-only: nothing was written.`;
  }
  if (code === 'EROFS') return `${path} is read-only: nothing was written.`;
  if (code === 'ENOSPC') return `No space left to write ${path}: nothing was written.`;
  return `Could not write ${path}: ${(error as Error).message}`;
};

/** The writers' lock was taken over before the file was replaced: nothing was written, and the write may be redone. */
class LockLostError extends ReportError {}

// How often a write whose lock was taken over is redone under a new lock before the student is told.
const lockLostRetries = 5;

/** Runs a synchronous call and hands its result or its error over as a promise, like the async API would. */
const settle = <T>(call: () => T): Promise<T> => {
  try {
    return Promise.resolve(call());
  } catch (error) {
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- errors from fs are Error objects
    return Promise.reject(error);
  }
};

const kindOf = (s: ReturnType<typeof statSync> & object): FileStat['kind'] =>
  s.isFile()
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

const statPath = (path: string): FileStat | null => {
  let s;
  let kind: FileStat['kind'] | undefined;
  try {
    s = statSync(path, { throwIfNoEntry: false });
  } catch (error) {
    // A symlink loop is something at the path, to be named as such, not "no such file".
    if (errorCode(error) !== 'ELOOP') return null;
    s = lstatSync(path);
    kind = 'loop';
  }
  if (s === undefined) return null;
  return {
    isFile: s.isFile(),
    isDirectory: s.isDirectory(),
    mode: s.mode & 0o7777,
    size: s.size,
    modified: s.mtimeMs,
    kind: kind ?? kindOf(s),
    uid: s.uid,
    gid: s.gid,
  };
};

/**
 * Reads a regular file as `readFileSync` does (one read of its size), but never more than `maxBytes`: a file whose
 * size shows 0 (/proc/self/pagemap through a link) is read in chunks up to the limit only. Without `maxBytes`, more
 * than `maxReadBytes` is an `EFBIG` error. O_NONBLOCK: a FIFO at the path neither blocks the open nor is read.
 */
const readAtMost = (path: string, maxBytes?: number): Uint8Array => {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw Object.assign(new Error(`${path}: not a regular file`), { code: 'EINVAL' });
    const limit = maxBytes ?? maxReadBytes;
    // One byte past the size: the read that finds nothing more ends it, as readFileSync's does.
    let buffer = Buffer.allocUnsafe(Math.min(stat.size > 0 ? stat.size + 1 : 64 * 1024, limit + 1));
    let length = 0;
    while (length <= limit) {
      if (length === buffer.length) {
        const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, limit + 1));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) return buffer.subarray(0, length);
      length += read;
    }
    if (maxBytes !== undefined) return buffer.subarray(0, maxBytes);
    throw Object.assign(new Error(`${path}: larger than ${limit} bytes`), { code: 'EFBIG' });
  } finally {
    closeSync(fd);
  }
};

/** The file the writers' lock and the rename are about: through a symlink, the file it points to. */
const writeTarget = async (path: string): Promise<string> => realpath(path).catch(() => path);

/** Writes `data` to a new temporary file in `dir` with `target`'s mode, owner and group, flushed to disk. */
const writeTemp = async (temp: string, data: string, like: FileStat): Promise<void> => {
  const handle = await open(temp, 'wx', like.mode & 0o777);
  try {
    await handle.writeFile(data, 'utf8');
    const made = await handle.stat();
    if (made.uid !== like.uid || made.gid !== like.gid) {
      // Root keeps the student's owner and group; anyone else may at most keep a group they belong to.
      await handle.chown(like.uid, like.gid).catch((error: unknown) => {
        if (process.getuid?.() === 0 && !['EPERM', 'EINVAL', 'ENOTSUP'].includes(errorCode(error) ?? ''))
          throw error;
      });
    }
    // After chown, which clears set-id bits; and exactly, whatever the umask.
    await handle.chmod(like.mode);
    await handle.sync();
  } finally {
    await handle.close();
  }
};

/** Flushes a rename to disk: a write that reports success must survive a power cut. Not every file system can. */
const syncFolder = async (dir: string): Promise<void> => {
  const handle = await open(dir, 'r').catch(() => null);
  if (handle === null) return;
  await handle.sync().catch(() => undefined);
  await handle.close();
};

/** A file's bytes and what `fstat` said of it just before they were read: a later change shows in one or the other. */
const readWithStat = async (path: string): Promise<{ bytes: Uint8Array; stat: BigIntStats }> => {
  const handle = await open(path, 'r');
  try {
    const stat = await handle.stat({ bigint: true });
    return { bytes: await handle.readFile(), stat };
  } finally {
    await handle.close();
  }
};

/** Whether `now` is the file `then` described, unchanged: the same inode, size and modification time. */
const sameFile = (now: BigIntStats, then: BigIntStats): boolean =>
  now.dev === then.dev && now.ino === then.ino && now.size === then.size && now.mtimeNs === then.mtimeNs;

/** The line for a report with other names: a rename would leave them on the old text. */
const hardLinked = (path: string, links: bigint): string =>
  `${path} has ${links - 1n} other hard link${links > 2n ? 's' : ''}: a write would leave ${links > 2n ? 'them' : 'it'} on the old text, so nothing was written. Copy the file to a name of its own (cp ${basename(path)} x && mv x ${basename(path)}) and run the command again.`;

/** The name a report is moved aside to while the new one takes its place: hidden, and carrying this process's pid. */
const asideName = (base: string): string => `.${base}.report-wizard-${process.pid}.aside`;

/**
 * Puts a report moved aside back at `target`, unless an editor saved a new one there meanwhile (that one is newer and
 * stays). A link, not a rename, so a save that lands now is never replaced; where the file system has no hard links,
 * a rename.
 */
const putBack = (aside: string, target: string): void => {
  try {
    linkSync(aside, target);
  } catch (error) {
    if (errorCode(error) !== 'EEXIST') {
      renameSync(aside, target);
      return;
    }
  }
  unlinkSync(aside);
};

/**
 * Replaces `target` with `temp` so that no save of another program is lost: the report is moved aside (from then on
 * a save makes a new file at `target`), checked to be the file that was read, and the new file is linked in only
 * where nothing is (a save that came in between is kept and the write refused). The copy moved aside is compared
 * once more afterwards, for a save written through a file handle opened before the move; then the old report comes
 * back. Every refusal is a `ChangedOnDiskError` with the report as the other program left it. Synchronous: between
 * the move and the link the report has no name, and an await there would let that last a turn of the event loop.
 */
const swap = (path: string, target: string, temp: string, expected: Uint8Array, read: BigIntStats): void => {
  const aside = join(dirname(target), asideName(basename(target)));
  // Killed mid-swap (SIGINT, SIGTERM, SIGHUP), the report goes back; a leftover of SIGKILL, with the next write.
  const forget = removeOnExit(aside, undefined, target);
  try {
    renameSync(target, aside);
    if (!sameFile(lstatSync(aside, { bigint: true }), read)) {
      putBack(aside, target);
      throw new ChangedOnDiskError(path);
    }
    let linked = true;
    try {
      linkSync(temp, target);
    } catch (error) {
      if (errorCode(error) === 'EEXIST') {
        // An editor saved while the report was aside: its file is newer than the one that was read.
        unlinkSync(aside);
        throw new ChangedOnDiskError(path);
      }
      // A file system without hard links: a rename, which a save in these microseconds could still lose.
      linked = false;
      renameSync(temp, target);
    }
    const after = readAside(aside);
    if (after === null || !sameBytes(after, expected)) {
      const placed = lstatSync(target, { bigint: true, throwIfNoEntry: false });
      // Ours still in place: the report with the late save goes back over it. A newer save at target stays.
      if (
        after !== null &&
        placed !== undefined &&
        linked &&
        sameFile(placed, lstatSync(temp, { bigint: true }))
      )
        renameSync(aside, target);
      else rmSync(aside, { force: true });
      throw new ChangedOnDiskError(path);
    }
    unlinkSync(aside);
  } finally {
    forget();
  }
};

/** The copy moved aside, or null when it is gone. */
const readAside = (aside: string): Uint8Array | null => {
  try {
    return readAtMost(aside);
  } catch {
    return null;
  }
};

/** Options of the real file system; tests shorten the lock wait. */
export interface NodeFileSystemOptions {
  /** How long a writer waits for another's lock before it gives up with one line. */
  lockWaitMs: number;
}

/** The real file system: writers queue on a lock file, and writes are atomic and refuse a file changed since read. */
export const createNodeFileSystem = ({ lockWaitMs }: NodeFileSystemOptions): FileSystem => {
  // The locks the running call chain holds, by lock path: a write inside `withLock` uses the lock taken there.
  // Made on the first write: a command that only reads (check) never loads node:async_hooks (see scripts/build.js).
  let held: AsyncLocalStorage<ReadonlyMap<string, HeldFileLock>> | undefined;

  const withLock = async <T>(path: string, run: (lock: HeldFileLock) => Promise<T>): Promise<T> => {
    const target = await writeTarget(path);
    const lockPath = reportLockPath(target);
    held ??= new AsyncLocalStorage<ReadonlyMap<string, HeldFileLock>>();
    const holding = held.getStore() ?? new Map<string, HeldFileLock>();
    const mine = holding.get(lockPath);
    if (mine !== undefined) return run(mine);
    // A waiter that judged this writer's lock stale while it was being replaced can take it over (see
    // takeFileLock): the write then stops before touching the file, and the whole call is run again.
    for (let attempt = 1; ; attempt++) {
      let lock: HeldFileLock;
      try {
        lock = await takeFileLock(lockPath, path, lockWaitMs);
      } catch (error) {
        throw error instanceof ReportError ? error : new ReportError(describe(path, dirname(target), error));
      }
      try {
        return await held.run(new Map([...holding, [lockPath, lock]]), () => run(lock));
      } catch (error) {
        if (!(error instanceof LockLostError) || attempt === lockLostRetries) throw error;
      } finally {
        await lock.release();
      }
    }
  };

  const replace = async (
    path: string,
    target: string,
    data: string,
    expected: Uint8Array,
    lock: HeldFileLock,
  ) => {
    const dir = dirname(target);
    // First: a writer killed between linking its file in and removing the temporary name left a second link.
    await removeStaleTempFiles(dir, basename(target));
    const read = await readWithStat(target).catch((error: NodeJS.ErrnoException) => {
      // Gone or replaced is a change on disk; unreadable is not, and says so.
      if (error.code === 'ENOENT') return null;
      throw new ReportError(`${path} can no longer be read (${error.code ?? 'error'}): nothing was written.`);
    });
    if (read === null || !sameBytes(read.bytes, expected)) throw new ChangedOnDiskError(path);
    const like = statPath(target)!;
    // Refuse early: rename would replace a read-only file in a writable folder.
    if ((like.mode & 0o222) === 0) throw new ReportError(`${path} is read-only: nothing was written.`);
    if (read.stat.nlink > 1n) throw new ReportError(hardLinked(path, read.stat.nlink));
    const temp = join(dir, tempFileName(basename(target)));
    const forget = removeOnExit(temp);
    try {
      await writeTemp(temp, data, like);
      // A writer that found this process dead (a reused pid on a stale lock) may have taken over: then stop.
      if (!(await lock.holds())) {
        throw new LockLostError(
          `${path}: another process took over the writers' lock during the write: nothing was written. Run the command again.`,
        );
      }
      swap(path, target, temp, expected, read.stat);
      // The new report's second name (a no-op when it was renamed into place).
      await unlink(temp).catch(() => undefined);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      throw error instanceof ReportError ? error : new ReportError(describe(path, dir, error));
    } finally {
      forget();
    }
    await syncFolder(dir);
  };

  return {
    // Reads are synchronous: a CLI has nothing else to do meanwhile, and `check` over 1,000 reports spends most of
    // its time in thread-pool round trips otherwise.
    readFile: (path, maxBytes) => settle(() => readAtMost(path, maxBytes)),
    stat: (path) => Promise.resolve(statPath(path)),
    readdir: (path) => settle(() => readdirSync(path)),
    withLock: async (path, run) => withLock(path, run),
    writeFileAtomic: async (path, data, expected) =>
      withLock(path, async (lock) => replace(path, await writeTarget(path), data, expected, lock)),
    appendFile: (path, data) => settle(() => appendFileSync(path, data)),
  };
};

/** The real file system; a writer waits up to 10 s for another's lock. */
export const nodeFileSystem: FileSystem = createNodeFileSystem({ lockWaitMs: 10_000 });
