import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

const readCache = (cacheFile: string): Buffer | undefined => {
  try {
    return readFileSync(cacheFile);
  } catch {
    return undefined;
  }
};

const writeCache = (script: Script, cacheFile: string): boolean => {
  try {
    mkdirSync(dirname(cacheFile), { recursive: true });
    // Through a rename, so a concurrent run never reads half a file.
    const temp = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(temp, script.createCachedData());
    renameSync(temp, cacheFile);
    return true;
  } catch {
    // No cache is only slower.
    return false;
  }
};

/**
 * Runs the bundled CommonJS `file` through the V8 code cache in `cacheFile` and returns its `module.exports`; without a
 * cache, or with one V8 rejects, it writes a fresh one when the process exits and then calls `written`. A run that
 * ends in a usage error (exit 2) writes none: it ran too little of the code for the next run to use. `fileRequire` is
 * the require `file` gets (null: one made for its own folder).
 */
export const runWithCodeCache = (
  file: string,
  cacheFile: string,
  written: () => void,
  fileRequire: NodeJS.Require | null,
): unknown => {
  const cachedData = readCache(cacheFile);
  const script = new Script(
    `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`,
    { filename: file, ...(cachedData ? { cachedData } : {}) },
  );
  // Made after the run, so the cache holds the functions that ran, not only the top level.
  if (cachedData === undefined || script.cachedDataRejected === true)
    process.once('exit', (code) => {
      if (code <= 1 && writeCache(script, cacheFile)) written();
    });
  const module = { exports: {} };
  (script.runInThisContext() as (...args: unknown[]) => void)(
    module.exports,
    fileRequire ?? createRequire(file),
    module,
    file,
    dirname(file),
  );
  return module.exports;
};
