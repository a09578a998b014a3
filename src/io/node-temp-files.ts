import { rmSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { TempFiles } from './temp-files.js';

/** Folders created and not yet removed: an exit (process.exit after SIGTERM or SIGHUP included) removes them. */
const live = new Set<string>();

const removeLive = (): void => {
  for (const dir of live) rmSync(dir, { recursive: true, force: true });
  live.clear();
};

/** Temporary files in the OS temp folder: a `report-wizard-` folder (0700) per file (0600), gone at exit at the latest. */
export const nodeTempFiles: TempFiles = {
  create: async (name, text) => {
    const dir = await mkdtemp(join(tmpdir(), 'report-wizard-'));
    if (live.size === 0) process.once('exit', removeLive);
    live.add(dir);
    const path = join(dir, name);
    try {
      await writeFile(path, text, { encoding: 'utf8', mode: 0o600, flag: 'wx' });
    } catch (error) {
      await nodeTempFiles.remove(path);
      throw error;
    }
    return path;
  },
  read: (path) => readFile(path),
  remove: async (path) => {
    const dir = dirname(path);
    live.delete(dir);
    if (live.size === 0) process.off('exit', removeLive);
    await rm(dir, { recursive: true, force: true });
  },
};
