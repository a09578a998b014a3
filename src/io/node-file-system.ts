import { AsyncLocalStorage } from 'node:async_hooks';
import {
  accessSync,
  appendFileSync,
  constants,
  lstatSync,
  readFileSync,
  readdirSync,
  statSync,
} from 'node:fs';
import { open, readFile, realpath, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { FileStat, FileSystem } from './file-system.js';
import { removeOnExit } from './remove-on-exit.js';
import { removeStaleTempFiles, tempFileName } from './remove-stale-temp-files.js';
import { ReportError } from './report-error.js';
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
    kind: kind ?? kindOf(s),
    uid: s.uid,
    gid: s.gid,
  };
};

/** The file the writers' lock and the rename are about: through a symlink, the file it points to. */
const writeTarget = async (path: string): Promise<string> => realpath(path).catch(() => path);

/** Names the lock beside `target`: hidden, and recognisable as report-wizard's. */
const lockPathOf = (target: string): string =>
  join(dirname(target), `.${basename(target)}.report-wizard.lock`);

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
    const lockPath = lockPathOf(target);
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
    const like = statPath(target)!;
    // Refuse early: rename would replace a read-only file in a writable folder.
    if ((like.mode & 0o222) === 0) throw new ReportError(`${path} is read-only: nothing was written.`);
    const dir = dirname(target);
    await removeStaleTempFiles(dir, basename(target));
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
      await rename(temp, target);
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
    readFile: (path) => settle(() => readFileSync(path)),
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
