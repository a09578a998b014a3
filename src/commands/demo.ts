import type { CliIo } from '../io/cli-io.js';
import { commandSpecs } from './command-specs.js';
import { ExitCode } from './exit-codes.js';
import { parseCommandArgs, usageError } from './parse-command-args.js';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname } from 'node:path';
import { copyDemoReport, demoPrefix } from '../io/copy-demo-report.js';
import { removeOldTempDirs } from '../io/remove-old-temp-dirs.js';
import { createStateStore } from '../io/state-store.js';
import { wizard } from './wizard.js';
import type { WizardDeps } from './wizard/wizard-deps.js';

const day = 24 * 60 * 60 * 1000;

/** A path inside a demo's temporary copy. */
const isDemoCopy = (path: string): boolean =>
  dirname(dirname(path)) === tmpdir() && basename(dirname(path)).startsWith(demoPrefix);

/**
 * `report-wizard demo`: copies the demo report into a fresh temporary folder and opens the wizard on it; the copy and
 * its saved state are removed when the wizard ends.
 */
export const demo = async (args: string[], io: CliIo, deps: WizardDeps = {}): Promise<number> => {
  // Flags are checked before anything is copied, and the demo opens its own report only.
  if (parseCommandArgs(commandSpecs.demo, args).positionals.length > 0) {
    throw usageError(commandSpecs.demo, 'demo takes no report path: it opens a copy of the demo report');
  }
  const target = await copyDemoReport(import.meta.url);
  if (target === null) {
    io.stderr.write(
      'report-wizard: the demo report (templates/demo/README.md) is missing from this installation.\n',
    );
    return ExitCode.usage;
  }
  const store = deps.store ?? createStateStore(io.env);
  try {
    return await wizard([target, ...args], io, { ...deps, store });
  } finally {
    // The copy was only for trying: it and what the wizard remembered about it go, and so do the copies and
    // entries of demos that were killed before they got here (their folders are gone or a day old).
    await rm(dirname(target), { recursive: true, force: true });
    await removeOldTempDirs(demoPrefix, day);
    await store.forget((path) => path === target || (isDemoCopy(path) && !existsSync(path)));
  }
};
