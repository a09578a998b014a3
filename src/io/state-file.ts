import { chmod, mkdir, open, rename, rm } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, sep } from 'node:path';
import { maxReadBytes } from './file-system.js';
import { nodeFileSystem } from './node-file-system.js';
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
/** A state file that cannot be used, named as the notice says it: moved aside, never reset. */
interface Corrupt {
  [corrupt]: string;
}
const unreadable: Corrupt = { [corrupt]: 'Unreadable saved state' };

/** A folder as the notice names it: under the home folder as `~/…`. */
const shown = (dir: string, home = homedir()): string =>
  dir.startsWith(`${home}${sep}`) ? `~${dir.slice(home.length)}` : dir;
const noop = (): void => undefined;

const parse = (text: string): StateRecords | Corrupt => {
  // An empty file holds no drafts: nothing to keep, nothing to say.
  if (text.trim() === '') return {};
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as StateRecords;
  } catch {
    // Reported by the caller, which moves the file aside.
  }
  return unreadable;
};

// JSON never makes a symbol key: records are never taken for this.
const isCorrupt = (records: StateRecords | Corrupt): records is Corrupt => corrupt in records;

/**
 * `state.json` in the store's folder, written whole through a temporary file and a rename under `state.json.lock`.
 * The folder is made 0700 and the file 0600 (drafts are a student's unsubmitted answers); a file that is not a JSON
 * object, larger than the report's read bound, or not a regular file (a FIFO would hang the read) is moved aside
 * to `state.json.corrupt-<time>` with a notice, never silently reset.
 */
export const stateFile = (
  { dir, isDefault }: StateDir,
  // The store is written in milliseconds: a longer wait means trouble, and the state waits for the next flush.
  { lockWaitMs = 5000 }: { lockWaitMs?: number } = {},
): StateBacking => {
  const file = join(dir, 'state.json');
  const lockPath = `${file}.lock`;
  let notice: string | null = null;

  // Bounded like the report's read, and never into a FIFO or a device: a state file that would hang the wizard or
  // fill its memory is moved aside like a corrupt one.
  const readRecords = async (): Promise<StateRecords | Corrupt> => {
    let bytes: Uint8Array;
    try {
      bytes = await nodeFileSystem.readFile(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return {};
      if (code === 'EFBIG') return { [corrupt]: `Saved state over ${maxReadBytes / 1024 / 1024} MiB` };
      if (code === 'EINVAL') return { [corrupt]: 'Saved state that is not a regular file' };
      throw error;
    }
    return parse(new TextDecoder().decode(bytes));
  };

  /** Under the lock: the records, after moving a corrupt file aside. */
  const readOrMoveAside = async (): Promise<StateRecords> => {
    const records = await readRecords();
    if (!isCorrupt(records)) return records;
    const name = `state.json.corrupt-${new Date().toISOString().replace(/[-:]/g, '')}`;
    await rename(file, join(dir, name));
    await chmod(join(dir, name), 0o600).catch(noop);
    // The file name first: the wizard shows the notice on one line, and the folder is in the README.
    notice = `${records[corrupt]} moved to ${name} in ${shown(dir)}`;
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
      return isCorrupt(records) ? locked(readOrMoveAside) : records;
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
