import { AsyncLocalStorage } from 'node:async_hooks';
import { basename, dirname, join } from 'node:path';
import { ChangedOnDiskError } from '../../src/io/changed-on-disk-error.js';
import type { FileStat, FileSystem } from '../../src/io/file-system.js';
import { ReportError } from '../../src/io/report-error.js';

const sleep = async (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * An in-memory file system over `files` (absolute path → bytes; folders are implied by the paths), keeping the
 * contract of the real one (test/io/file-system.contract.test.ts): writers queue on a lock and give up with the same
 * line after `lockWaitMs`, writes refuse changed bytes and read-only files, and keep `modes` (default 0644).
 */
export const memoryFileSystem = (
  files: Map<string, Uint8Array>,
  options: { modes?: Map<string, number>; lockWaitMs?: number; times?: Map<string, number> } = {},
): FileSystem => {
  const modes = options.modes ?? new Map<string, number>();
  // Modification times (ms) by path; 0 where none is given.
  const times = options.times ?? new Map<string, number>();
  const lockWaitMs = options.lockWaitMs ?? 10_000;
  const locked = new Set<string>();
  // The paths the running call chain holds: a write inside `withLock` uses the lock taken there.
  const held = new AsyncLocalStorage<ReadonlySet<string>>();
  const isFolder = (p: string): boolean => [...files.keys()].some((f) => f.startsWith(`${p}/`));

  const withLock = async <T>(p: string, run: () => Promise<T>): Promise<T> => {
    const holding = held.getStore() ?? new Set<string>();
    if (holding.has(p)) return run();
    const deadline = Date.now() + lockWaitMs;
    while (locked.has(p)) {
      if (Date.now() >= deadline) {
        throw new ReportError(
          `${p} is being written by another process (pid ${process.pid}) for more than ${lockWaitMs / 1000} s: nothing was written. Try again; if no report-wizard is running, delete ${join(dirname(p), `.${basename(p)}.report-wizard.lock`)}.`,
        );
      }
      await sleep(2);
    }
    locked.add(p);
    try {
      return await held.run(new Set([...holding, p]), run);
    } finally {
      locked.delete(p);
    }
  };

  return {
    readFile: async (p, maxBytes) =>
      files.get(p)?.subarray(0, maxBytes) ??
      Promise.reject(Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' })),
    stat: async (p): Promise<FileStat | null> => {
      const bytes = files.get(p);
      if (bytes === undefined && !isFolder(p)) return Promise.resolve(null);
      const file = bytes !== undefined;
      return Promise.resolve({
        isFile: file,
        isDirectory: !file,
        mode: modes.get(p) ?? (file ? 0o644 : 0o755),
        size: bytes?.length ?? 0,
        modified: times.get(p) ?? 0,
        kind: file ? 'file' : 'directory',
        uid: 0,
        gid: 0,
      });
    },
    readdir: async (p) =>
      Promise.resolve([
        ...new Set(
          [...files.keys()]
            .filter((f) => f.startsWith(`${p}/`))
            .map((f) => f.slice(p.length + 1).split('/')[0]!),
        ),
      ]),
    withLock,
    writeFileAtomic: async (p, data, expected) =>
      withLock(p, async () => {
        if (!files.has(p) || !Buffer.from(files.get(p)!).equals(Buffer.from(expected))) {
          throw new ChangedOnDiskError(p);
        }
        if (((modes.get(p) ?? 0o644) & 0o222) === 0)
          throw new ReportError(`${p} is read-only: nothing was written.`);
        files.set(p, new TextEncoder().encode(data));
        return Promise.resolve();
      }),
    appendFile: async (p, data) => {
      files.set(p, Buffer.concat([files.get(p) ?? new Uint8Array(), new TextEncoder().encode(data)]));
      return Promise.resolve();
    },
  };
};
