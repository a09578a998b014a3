import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pruneCodeCaches } from './prune-code-caches.js';
import { runWithCodeCache } from './run-with-code-cache.js';

/** sha256 prefixes of dist/core.cjs and dist/lazy/wizard.cjs, set by the build: a cache made for other code is never used. */
declare const CORE_BUILD_ID: string;
declare const WIZARD_BUILD_ID: string;

declare global {
  /** How the CommonJS core loads the ES-module commands (parity, evidence, preview) next to this file. */
  var reportWizardImport: (specifier: string) => Promise<unknown>;
  /** How the CommonJS core loads dist/lazy/wizard.cjs (the wizard and demo), through a code cache of its own. */
  var reportWizardRequire: (name: 'wizard') => unknown;
}

// Bundled as CommonJS (dist/cli.cjs), started by the CommonJS bin/report-wizard.js: no ES-module loader runs for
// `check`, which saved a tenth of its time. `__filename` is CommonJS's own.
const here = dirname(__filename);

// Per-user cache folder: a code cache is code, so it must never come from a folder other users can write to.
const cacheDir =
  process.platform === 'win32'
    ? join(process.env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'), 'report-wizard', 'Cache')
    : join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'report-wizard');
// V8 checks a cache against its own version and flags; the file name adds the code's hash and Node's version.
const cacheFile = (name: string, buildId: string): string =>
  join(cacheDir, `${name}-${buildId}-${process.version}.v8cache`);
const coreCache = cacheFile('core', CORE_BUILD_ID);
const wizardCache = cacheFile('wizard', WIZARD_BUILD_ID);
const prune = (): void => pruneCodeCaches(cacheDir, [coreCache, wizardCache]);

globalThis.reportWizardImport = (specifier) => import(pathToFileURL(join(here, specifier)).href);
let wizardBundle: unknown;
// The wizard's first frame compiles Ink, React and the app: a code cache saves most of that, as for the core.
globalThis.reportWizardRequire = () =>
  (wizardBundle ??= runWithCodeCache(join(here, 'lazy', 'wizard.cjs'), wizardCache, prune));

// The core (every command but wizard, demo, parity, evidence and preview) runs through a V8 code cache: on a cold
// start, compiling it costs a fair share of `check`'s time, and Node 20 has no compile cache of its own.
runWithCodeCache(join(here, 'core.cjs'), coreCache, prune);
