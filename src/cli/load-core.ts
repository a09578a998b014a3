import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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
    : // $HOME is what homedir() reads first on POSIX; asking it only when unset keeps node:os unloaded.
      join(process.env.XDG_CACHE_HOME ?? join(process.env.HOME || homedir(), '.cache'), 'report-wizard');
// One cache per command: a cache holds the functions its first run compiled, and `check` run on a cache made by
// `--help` compiled its own again (610 M instructions instead of 564 M; `node -e 0` is 500 M). Arguments that are no
// command's name share one; a run that ends in a usage error (exit 2) writes none.
const command = /^[a-z]{2,12}$/.test(process.argv[2] ?? '') ? process.argv[2]! : 'default';
// V8 checks a cache against its own version and flags; the file name adds the code's hash and Node's version.
const cacheFile = join(cacheDir, `core-${CORE_BUILD_ID}-${command}-${process.version}.v8cache`);

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
    // Caches of other builds are never read again: each update would otherwise leave its files behind.
    for (const name of readdirSync(cacheDir)) {
      if (name.startsWith('core-') && !name.startsWith(`core-${CORE_BUILD_ID}-`))
        rmSync(join(cacheDir, name));
    }
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
  process.once('exit', (code) => {
    if (code <= 1) writeCache(script);
  });
const module = { exports: {} };
(script.runInThisContext() as (...args: unknown[]) => void)(
  module.exports,
  // The core requires Node built-ins only, which resolve alike from here: no node:module for createRequire.
  require,
  module,
  core,
  here,
);
