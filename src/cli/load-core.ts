import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Script } from 'node:vm';

/** sha256 prefix of dist/core.cjs, set by the build: a cache made for other code is never used. */
declare const CORE_BUILD_ID: string;

declare global {
  /** How the CommonJS core loads the ES-module commands (wizard, demo, parity) next to this file. */
  var reportWizardImport: (specifier: string) => Promise<unknown>;
}

// Bundled as CommonJS (dist/cli.cjs), started by the CommonJS bin/report-wizard.js: no ES-module loader runs for
// `check`, which saved a tenth of its time. `__filename` is CommonJS's own.
const here = dirname(__filename);
const core = join(here, 'core.cjs');

// Per-user cache folder: a code cache is code, so it must never come from a folder other users can write to.
const cacheDir =
  process.platform === 'win32'
    ? join(process.env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'), 'report-wizard', 'Cache')
    : join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'report-wizard');
// V8 checks a cache against its own version and flags; the file name adds the code's hash and Node's version.
const cacheFile = join(cacheDir, `core-${CORE_BUILD_ID}-${process.version}.v8cache`);

const readCache = (): Buffer | undefined => {
  try {
    return readFileSync(cacheFile);
  } catch {
    return undefined;
  }
};

const writeCache = (script: Script): void => {
  try {
    mkdirSync(cacheDir, { recursive: true });
    // Through a rename, so a concurrent run never reads half a file.
    const temp = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(temp, script.createCachedData());
    renameSync(temp, cacheFile);
  } catch {
    // No cache is only slower.
  }
};

globalThis.reportWizardImport = (specifier) => import(pathToFileURL(join(here, specifier)).href);

// The core (every command but wizard, demo and parity) runs through a V8 code cache: on a cold start, compiling it
// costs a fair share of `check`'s time, and Node 20 has no compile cache of its own.
const cachedData = readCache();
const script = new Script(
  `(function (exports, require, module, __filename, __dirname) {${readFileSync(core, 'utf8')}\n})`,
  { filename: core, ...(cachedData ? { cachedData } : {}) },
);
// Made after the run, so the cache holds the functions that ran, not only the top level.
if (cachedData === undefined || script.cachedDataRejected === true)
  process.once('exit', () => writeCache(script));
const module = { exports: {} };
(script.runInThisContext() as (...args: unknown[]) => void)(
  module.exports,
  createRequire(core),
  module,
  core,
  here,
);
