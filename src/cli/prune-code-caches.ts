import { readdirSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';

/** How long another build's cache is kept after it was written. */
const keepFor = 24 * 60 * 60 * 1000;

/**
 * Removes from the cache folder `dir` the code caches (and temporary files left by killed writers) of other builds,
 * once they are a day old; `current` tells the names of this build's files, which stay. Called after a cache is written,
 * which happens once per build: without it, every build ever run kept its files. The day's grace is for two
 * installations used in turn (two versions, two clones): each writes only when its own file is missing, so removing
 * the other's at once would make every run of both a cold one.
 */
export const pruneCodeCaches = (
  dir: string,
  current: (name: string) => boolean,
  now: number = Date.now(),
): void => {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    if (current(name) || !/\.v8cache(?:\.\d+\.tmp)?$/.test(name)) continue;
    try {
      if (now - statSync(path).mtimeMs > keepFor) unlinkSync(path);
    } catch {
      // Gone already, or not ours to remove: a cache folder is only tidied, never required.
    }
  }
};
