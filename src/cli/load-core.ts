import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { codeCacheFolders } from './code-cache-folders.js';
import { pruneCodeCaches } from './prune-code-caches.js';
import { type CodeCache, runWithCodeCache, writeCodeCachesNow } from './run-with-code-cache.js';

/** sha256 prefixes of dist/core.cjs and dist/lazy/wizard.cjs, set by the build: a cache made for other code is never used. */
declare const CORE_BUILD_ID: string;
declare const WIZARD_BUILD_ID: string;

declare global {
  /** How the CommonJS core loads the ES-module commands (parity, evidence, preview) next to this file. */
  var reportWizardImport: (specifier: string) => Promise<unknown>;
  /** How the CommonJS core loads dist/lazy/wizard.cjs (the wizard and demo), through a code cache of its own. */
  var reportWizardRequire: (name: 'wizard') => unknown;
  /** Writes the code caches this run would write at its exit now (see writeCodeCachesNow); unset outside dist/. */
  var reportWizardWriteCodeCaches: (() => void) | undefined;
}

// Bundled as CommonJS (dist/cli.cjs), started by the CommonJS bin/report-wizard.js: no ES-module loader runs for
// `check`, which saved a tenth of its time. `__filename` is CommonJS's own.
const here = dirname(__filename);

// Per-user cache folder: a code cache is code, so it must never come from a folder other users can write to, nor
// from one the current directory decides (see codeCacheFolders). No trusted folder: run without a cache.
// $HOME is what homedir() reads first on POSIX; homedir() is asked only when it is unset.
const cacheFolders = codeCacheFolders(process.env, process.platform, homedir);
const cacheDir = cacheFolders?.at(-1) ?? null;
// One cache per command: a cache holds the functions its first run compiled, and `check` run on a cache made by
// `--help` compiled its own again (610 M instructions instead of 564 M; `node -e 0` is 500 M). Arguments that are no
// command's name share one; a run that ends in a usage error (exit 2) writes none.
const command = /^[a-z]{2,12}$/.test(process.argv[2] ?? '') ? process.argv[2]! : 'default';
// V8 checks a cache against its own version and flags; the file name adds the code's hash and Node's version.
const cacheOf = (name: string): CodeCache | null =>
  cacheFolders === null || cacheDir === null ? null : { file: join(cacheDir, name), folders: cacheFolders };
const coreCache = cacheOf(`core-${CORE_BUILD_ID}-${command}-${process.version}.v8cache`);
const wizardName = `wizard-${WIZARD_BUILD_ID}-${process.version}.v8cache`;
const wizardCache = cacheOf(wizardName);
const prune = (): void => {
  if (cacheDir !== null)
    pruneCodeCaches(cacheDir, (name) => name.startsWith(`core-${CORE_BUILD_ID}-`) || name === wizardName);
};

globalThis.reportWizardWriteCodeCaches = writeCodeCachesNow;
globalThis.reportWizardImport = (specifier) => import(pathToFileURL(join(here, specifier)).href);
let wizardBundle: unknown;
// The wizard's first frame compiles Ink, React and the app: a code cache saves most of that, as for the core.
globalThis.reportWizardRequire = () =>
  (wizardBundle ??= runWithCodeCache(join(here, 'lazy', 'wizard.cjs'), wizardCache, prune, null));

// The core (every command but wizard, demo, parity, evidence and preview) runs through a V8 code cache: on a cold
// start, compiling it costs a fair share of `check`'s time, and Node 20 has no compile cache of its own. It requires
// Node built-ins only, which resolve alike from here: this file's own require saves loading node:module.
runWithCodeCache(join(here, 'core.cjs'), coreCache, prune, require);
