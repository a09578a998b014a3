import { isAscii } from 'node:buffer';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';
import { isPrivateFolder } from './code-cache-folders.js';

/** Where a code cache lives: its file and the folders (outermost first) that must all be private for it to be used. */
export interface CodeCache {
  file: string;
  folders: string[];
}

const readCache = (cache: CodeCache): Buffer | undefined => {
  // A cache in a folder someone else could write to would run their code: read none.
  if (!cache.folders.every(isPrivateFolder)) return undefined;
  try {
    return readFileSync(cache.file);
  } catch {
    return undefined;
  }
};

const writeCache = (script: Script, cache: CodeCache): boolean => {
  try {
    for (const folder of cache.folders) {
      try {
        mkdirSync(folder, { mode: 0o700 });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      // Made just now or there before: either way, used only when it is ours alone.
      if (!isPrivateFolder(folder)) return false;
    }
    // Through a rename, so a concurrent run never reads half a file; `wx` never writes through a planted name.
    const temp = `${cache.file}.${process.pid}.tmp`;
    writeFileSync(temp, script.createCachedData(), { flag: 'wx', mode: 0o600 });
    renameSync(temp, cache.file);
    return true;
  } catch {
    // No cache is only slower.
    return false;
  }
};

/** The caches still to write (see `writeCodeCachesNow`), each once: at the exit or when asked, whichever is first. */
const pending = new Set<() => void>();

/**
 * Writes now the code caches that `runWithCodeCache` would write at the exit. The wizard asks for this as its first
 * frame is drawn: a run that then ends by a kill (the terminal closed) never reaches the exit, and without this every
 * later start would compile the wizard again.
 */
export const writeCodeCachesNow = (): void => {
  for (const write of pending) write();
};

/**
 * Runs the bundled CommonJS `file` through the V8 code cache `cache` (null: none) and returns its `module.exports`;
 * without a cache file, or with one V8 rejects, it writes a fresh one when the process exits (or at
 * `writeCodeCachesNow`, if that comes first) and then calls `written`. A run that ends in a usage error (exit 2)
 * writes none: it ran too little of the code for the next run to use. `fileRequire` is the require `file` gets
 * (null: one made for its own folder).
 */
/**
 * A bundle's text. The bundles are ASCII (esbuild escapes every other character; a test keeps it so), which reads as
 * latin1 by a plain copy: decoding the core as UTF-8 cost ~2.4–2.8 M instructions of `check`'s ~161 M. Anything else is
 * read as UTF-8, as before.
 */
const readSource = (file: string): string => {
  const bytes = readFileSync(file);
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
};

export const runWithCodeCache = (
  file: string,
  cache: CodeCache | null,
  written: () => void,
  fileRequire: NodeJS.Require | null,
): unknown => {
  const cachedData = cache === null ? undefined : readCache(cache);
  const script = new Script(
    `(function (exports, require, module, __filename, __dirname) {${readSource(file)}\n})`,
    { filename: file, ...(cachedData ? { cachedData } : {}) },
  );
  // Made after the run, so the cache holds the functions that ran, not only the top level.
  if (cache !== null && (cachedData === undefined || script.cachedDataRejected === true)) {
    const write = (): void => {
      pending.delete(write);
      process.off('exit', atExit);
      if (writeCache(script, cache)) written();
    };
    const atExit = (code: number): void => {
      if (code <= 1) write();
    };
    pending.add(write);
    process.once('exit', atExit);
  }
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
