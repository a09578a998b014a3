import { link, open, readFile, rename, rm, stat } from 'node:fs/promises';

/** How long to wait for the lock, and how to tell a holder that is gone; tests shorten or fake them. */
export interface StateLockOptions {
  /** Give up after this long (default 5 s): the store is written in milliseconds, so a longer wait means trouble. */
  timeoutMs?: number;
  /** A lock older than this is taken over even if its pid runs (a reused pid after a crash); default 10 s. */
  staleMs?: number;
  isAlive?: (pid: number) => boolean;
}

const processAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const code = (error: unknown): string | undefined => (error as NodeJS.ErrnoException).code;
const sleep = async (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Moves a lock aside when its holder is gone; true when the caller may try again at once. The rename is what makes
 * two takers safe: only the one whose rename moved the stale file itself goes on, and a fresh lock moved by mistake
 * is put back.
 */
const takeOverStale = async (path: string, options: Required<StateLockOptions>): Promise<boolean> => {
  let before;
  let pid;
  try {
    before = await stat(path);
    pid = Number.parseInt(await readFile(path, 'utf8'), 10);
  } catch (error) {
    if (code(error) === 'ENOENT') return true;
    throw error;
  }
  const dead = Number.isInteger(pid) && pid > 0 && !options.isAlive(pid);
  if (!dead && Date.now() - before.mtimeMs < options.staleMs) return false;
  const aside = `${path}.stale-${process.pid}`;
  try {
    await rename(path, aside);
  } catch (error) {
    if (code(error) === 'ENOENT') return true;
    throw error;
  }
  const moved = await stat(aside);
  if (moved.ino !== before.ino || moved.dev !== before.dev) await link(aside, path).catch(() => undefined);
  await rm(aside, { force: true });
  return moved.ino === before.ino && moved.dev === before.dev;
};

/**
 * Takes the lock at `path` the way git takes `index.lock`: the file is created exclusively and holds our pid; a lock
 * whose process is gone is taken over. Resolves with the function that releases it.
 */
export const takeStateLock = async (
  path: string,
  options: StateLockOptions = {},
): Promise<() => Promise<void>> => {
  const settings = { timeoutMs: 5000, staleMs: 10_000, isAlive: processAlive, ...options };
  const deadline = Date.now() + settings.timeoutMs;
  for (let attempt = 0; ; attempt += 1) {
    const handle = await open(path, 'wx', 0o600).catch((error: unknown) => {
      if (code(error) === 'EEXIST') return null;
      throw error;
    });
    if (handle !== null) {
      try {
        await handle.writeFile(`${process.pid}\n`);
      } catch (error) {
        await handle.close();
        await rm(path, { force: true });
        throw error;
      }
      const { ino } = await handle.stat();
      await handle.close();
      // Removes only our own lock: one taken over meanwhile (we were thought stale) is another's now.
      return async () => {
        const now = await stat(path).catch(() => null);
        if (now?.ino === ino) await rm(path, { force: true });
      };
    }
    if (Date.now() >= deadline) throw new Error(`${path} is held by another process.`);
    if (!(await takeOverStale(path, settings))) await sleep(Math.min(5 * 2 ** attempt, 50));
  }
};
