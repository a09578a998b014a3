import { chmod, mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, sep } from 'node:path';
import type { StateDir } from './state-dir.js';
import { takeFileLock } from './take-file-lock.js';

/** The store's raw records: report path → what is saved for it (checked by the store, kept as found otherwise). */
export type StateRecords = Record<string, unknown>;

/** The storage behind a state store; `stateFile` is the real one. */
export interface StateBacking {
  read(): Promise<StateRecords>;
  /** Reads the records, changes them and writes them back, all under the store's lock. */
  update(change: (records: StateRecords) => StateRecords): Promise<void>;
  /** The one-line notice when a corrupt store was moved aside, else null. */
  notice(): string | null;
}

const corrupt = Symbol('corrupt');

/** A folder as the notice names it: under the home folder as `~/…`. */
const shown = (dir: string, home = homedir()): string =>
  dir.startsWith(`${home}${sep}`) ? `~${dir.slice(home.length)}` : dir;
const noop = (): void => undefined;

const parse = (text: string): StateRecords | typeof corrupt => {
  // An empty file holds no drafts: nothing to keep, nothing to say.
  if (text.trim() === '') return {};
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as StateRecords;
  } catch {
    // Reported by the caller, which moves the file aside.
  }
  return corrupt;
};

/**
 * `state.json` in the store's folder, written whole through a temporary file and a rename under `state.json.lock`.
 * The folder is made 0700 and the file 0600 (drafts are a student's unsubmitted answers); a file that is not a JSON
 * object is moved aside to `state.json.corrupt-<time>`, never silently reset.
 */
export const stateFile = (
  { dir, isDefault }: StateDir,
  // The store is written in milliseconds: a longer wait means trouble, and the state waits for the next flush.
  { lockWaitMs = 5000 }: { lockWaitMs?: number } = {},
): StateBacking => {
  const file = join(dir, 'state.json');
  const lockPath = `${file}.lock`;
  let notice: string | null = null;

  const readRecords = async (): Promise<StateRecords | typeof corrupt> => {
    try {
      return parse(await readFile(file, 'utf8'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw error;
    }
  };

  /** Under the lock: the records, after moving a corrupt file aside. */
  const readOrMoveAside = async (): Promise<StateRecords> => {
    const records = await readRecords();
    if (records !== corrupt) return records;
    const name = `state.json.corrupt-${new Date().toISOString().replace(/[-:]/g, '')}`;
    await rename(file, join(dir, name));
    await chmod(join(dir, name), 0o600).catch(noop);
    // The file name first: the wizard shows the notice on one line, and the folder is in the README.
    notice = `Unreadable saved state moved to ${name} in ${shown(dir)}`;
    return {};
  };

  const locked = async <T>(run: () => Promise<T>): Promise<T> => {
    // The same lock as the report's writers: created exclusively, taken over when its process has ended.
    const lock = await takeFileLock(lockPath, `The saved state ${shown(file)}`, lockWaitMs);
    try {
      return await run();
    } finally {
      await lock.release();
    }
  };

  return {
    read: async () => {
      const records = await readRecords();
      return records === corrupt ? locked(readOrMoveAside) : records;
    },
    update: async (change) => {
      await mkdir(dir, { recursive: true, mode: 0o700 });
      // Earlier versions left the default folder 0755; a folder named by the user is left as it is.
      if (isDefault) await chmod(dir, 0o700).catch(noop);
      await locked(async () => {
        const data = JSON.stringify(change(await readOrMoveAside()), null, '\t');
        // Only the lock's holder writes this name, so a fixed one is safe, and a killed write's leftover is
        // replaced by the next write instead of piling up.
        const temporary = `${file}.tmp`;
        await rm(temporary, { force: true });
        try {
          const handle = await open(temporary, 'wx', 0o600);
          try {
            await handle.writeFile(data);
            await handle.sync();
          } finally {
            await handle.close();
          }
          await rename(temporary, file);
        } catch (error) {
          await rm(temporary, { force: true });
          throw error;
        }
      });
    },
    notice: () => notice,
  };
};
