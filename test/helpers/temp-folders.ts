import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/** Returns a maker of fresh temp folders, all removed after the calling test file's tests. */
export const tempFolders = (): ((prefix: string) => string) => {
  const made: string[] = [];
  // Removing the clones of a corpus test is disk work that a loaded machine stretches past the 10 s default.
  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  }, 120_000);
  return (prefix) => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
};
