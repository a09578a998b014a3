import { link, lstat, open, rename, unlink } from 'node:fs/promises';
import { type ProcessIdentity, isRunning, ownIdentity } from './process-identity.js';
import { type LockFile, readLockFile } from './read-lock-file.js';
import { removeOnExit } from './remove-on-exit.js';
import { ReportError } from './report-error.js';

/** A lock this process holds. */
export interface HeldFileLock {
  /** Whether the lock file is still ours: nobody took it over. */
  holds(): Promise<boolean>;
  /** Lets the next writer in; a second call does nothing. */
  release(): Promise<void>;
}

// A lock file is written right after it is created; one still empty after this long lost its writer in between.
const emptyLockGraceMs = 2000;

let taken = 0;
let movedAside = 0;

const parseHolder = (content: string): ProcessIdentity | null => {
  const [pid, start, host] = content.split(' ');
  if (pid === undefined || !/^\d+$/.test(pid) || start === undefined || host === undefined) return null;
  return { pid: Number(pid), start, host };
};

const isStale = async (lockPath: string, content: string): Promise<boolean> => {
  const holder = parseHolder(content);
  if (holder !== null) return !isRunning(holder);
  const made = await lstat(lockPath).catch(() => null);
  return made !== null && Date.now() - made.mtimeMs > emptyLockGraceMs;
};

/**
 * Removes a dead writer's lock. Two waiters may both find it dead: each moves it aside first and checks that what it
 * moved is the dead lock, so neither deletes the live lock the other has just made (it is put back instead).
 */
const breakStaleLock = async (lockPath: string, content: string): Promise<boolean> => {
  // Judged on what was read a moment ago: a holder may have let go and a new writer taken the lock since. Looking
  // again right before moving it narrows that window to almost nothing; what is left, the check below puts back.
  const now = await readLockFile(lockPath).catch(() => null);
  if (now === null || !('content' in now) || now.content !== content) return true;
  // Distinct per attempt, even between waiters of one process.
  const aside = `${lockPath}.${process.pid}.${++movedAside}.stale`;
  try {
    await rename(lockPath, aside);
  } catch (error) {
    // Gone already: another waiter broke it. Anything else (a folder we may not change): wait, then give up.
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
  const moved = await readLockFile(aside).catch(() => null);
  if (moved === null || !('content' in moved) || moved.content !== content)
    await link(aside, lockPath).catch(() => undefined);
  await unlink(aside).catch(() => undefined);
  return true;
};

const sleep = async (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Takes `lockPath` as git takes `index.lock`: created exclusively, holding this process's pid, start time and host;
 * a lock whose process has ended is taken over. Waits up to `waitMs` for a live holder, then throws a `ReportError`
 * naming `shownPath`. Creation errors other than "exists" (a folder we may not write) are thrown as they are.
 */
export const takeFileLock = async (
  lockPath: string,
  shownPath: string,
  waitMs: number,
): Promise<HeldFileLock> => {
  const me = ownIdentity();
  // The count makes each taking distinct, so a late release never removes this process's next lock.
  const token = `${me.pid} ${me.start} ${me.host} ${++taken}\n`;
  const deadline = Date.now() + waitMs;
  let delay = 4;
  for (;;) {
    const handle = await open(lockPath, 'wx', 0o644).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
      return null;
    });
    if (handle !== null) {
      try {
        await handle.writeFile(token);
        await handle.close();
      } catch (error) {
        // A full disk: an empty lock left behind would hold back every writer after this one.
        await handle.close().catch(() => undefined);
        await unlink(lockPath).catch(() => undefined);
        throw error;
      }
      break;
    }
    // Something that is no lock (a folder, a FIFO, a link to /dev/zero, maybe committed by mistake) is never read
    // as one nor broken: the writer waits as for a live holder, then names it.
    const found = await readLockFile(lockPath).catch((): LockFile => ({ content: '' }));
    if (found === null) continue;
    const content = 'content' in found ? found.content : null;
    if (content !== null && (await isStale(lockPath, content)) && (await breakStaleLock(lockPath, content)))
      continue;
    if (Date.now() >= deadline) {
      if (content === null) {
        throw new ReportError(
          `${shownPath} cannot be written: its lock ${lockPath} is ${(found as { not: string }).not}, not a lock report-wizard made: nothing was written. Remove it and try again.`,
        );
      }
      const holder = parseHolder(content);
      throw new ReportError(
        `${shownPath} is being written by another process${holder ? ` (pid ${holder.pid})` : ''} for more than ${waitMs / 1000} s: nothing was written. Try again; if no report-wizard is running, delete ${lockPath}.`,
      );
    }
    // Jitter keeps a crowd of waiters from retrying in step.
    await sleep(delay + Math.random() * delay);
    delay = Math.min(delay * 2, 50);
  }
  const forget = removeOnExit(lockPath, token);
  const holds = async (): Promise<boolean> => {
    const found = await readLockFile(lockPath).catch(() => null);
    return found !== null && 'content' in found && found.content === token;
  };
  let released = false;
  return {
    holds,
    release: async () => {
      if (released) return;
      released = true;
      forget();
      if (await holds()) await unlink(lockPath).catch(() => undefined);
    },
  };
};
