import { lstat, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Removes the folders in the OS temp folder named `prefix…` that this user made and nobody changed for `maxAgeMs`:
 * what earlier previews left for the browser, or demos that were killed before they could clean up.
 */
export const removeOldTempDirs = async (
  prefix: string,
  maxAgeMs: number,
  now: number = Date.now(),
  dir: string = tmpdir(),
): Promise<void> => {
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names.filter((n) => n.startsWith(prefix))) {
    const path = join(dir, name);
    try {
      const stat = await lstat(path);
      const ours = process.getuid === undefined || stat.uid === process.getuid();
      if (stat.isDirectory() && ours && now - stat.mtimeMs > maxAgeMs)
        await rm(path, { recursive: true, force: true });
    } catch {
      // Gone meanwhile, or not ours to remove: tidying is never required.
    }
  }
};
