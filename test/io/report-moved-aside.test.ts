import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { FileSystem } from '../../src/io/file-system.js';
import { loadReport } from '../../src/io/load-report.js';
import { nodeFileSystem } from '../../src/io/node-file-system.js';
import { reportLockPath } from '../../src/io/report-lock-path.js';
import { takeFileLock } from '../../src/io/take-file-lock.js';
import { tempFolders } from '../helpers/temp-folders.js';

const folder = tempFolders();

/** The real file system, with a promise that resolves once `path` has been looked at (and found missing). */
const watchingFor = (path: string): { fs: FileSystem; missed: Promise<void> } => {
  let seen: () => void = () => undefined;
  const missed = new Promise<void>((resolve) => (seen = resolve));
  const fs: FileSystem = {
    ...nodeFileSystem,
    stat: async (asked) => {
      const stat = await nodeFileSystem.stat(asked);
      if (asked === path && stat === null) seen();
      return stat;
    },
  };
  return { fs, missed };
};
const report = '# Report\n\n### Question 1\n\n> Answer:\n\nOur answer.\n';

/**
 * A writer of another process, caught between moving the report aside and linking the new one in (as the real swap
 * does, under the writers' lock): `finish` puts the report back and lets go of the lock.
 */
const midSwap = async (path: string) => {
  const lock = await takeFileLock(reportLockPath(path), path, 1000);
  renameSync(path, `${path}.aside`);
  return {
    finish: async () => {
      renameSync(`${path}.aside`, path);
      await lock.release();
    },
  };
};

it('should read a report named as a file once the writer that moved it aside is done, not call it missing', async () => {
  const dir = folder('rw-aside-');
  const path = join(dir, 'README.md');
  writeFileSync(path, report);
  const writer = await midSwap(path);
  const { fs, missed } = watchingFor(path);
  const loading = loadReport(fs, 'README.md', dir);
  // The writer finishes only once the report was looked for and not found.
  await missed;
  await writer.finish();
  expect((await loading).text).toBe(report);
});

it('should find reports/README.md from the repository root while a writer has it aside, not the README.md beside it', async () => {
  const dir = folder('rw-aside-');
  mkdirSync(join(dir, 'reports'));
  writeFileSync(join(dir, 'README.md'), '# Our project\n');
  const path = join(dir, 'reports/README.md');
  writeFileSync(path, report);
  const writer = await midSwap(path);
  const { fs, missed } = watchingFor(path);
  const loading = loadReport(fs, undefined, dir);
  await missed;
  await writer.finish();
  expect(await loading).toMatchObject({ path, text: report });
});

it('should read the report once the writer is done when it was moved aside between the look and the read', async () => {
  const dir = folder('rw-aside-');
  const path = join(dir, 'README.md');
  writeFileSync(path, report);
  let writer: { finish: () => Promise<void> } | undefined;
  let finished: Promise<void> | undefined;
  const fs: FileSystem = {
    ...nodeFileSystem,
    // The writer moves the report aside just before the first read.
    readFile: async (asked, maxBytes) => {
      writer ??= await midSwap(path);
      return nodeFileSystem.readFile(asked, maxBytes);
    },
    // And finishes once the reader has seen its lock.
    stat: async (asked) => {
      const stat = await nodeFileSystem.stat(asked);
      if (asked === reportLockPath(path) && stat !== null) finished ??= writer!.finish();
      return stat;
    },
  };
  expect((await loadReport(fs, 'README.md', dir)).text).toBe(report);
  await finished;
});

it('should still say a report is missing at once when no writer holds its lock', async () => {
  const dir = folder('rw-aside-');
  await expect(loadReport(nodeFileSystem, 'README.md', dir)).rejects.toThrow(
    'README.md: no such file or directory.',
  );
});
