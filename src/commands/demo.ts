import type { CliIo } from '../io/cli-io.js';
import { commandSpecs } from './command-specs.js';
import { ExitCode } from './exit-codes.js';
import { parseCommandArgs, usageError } from './parse-command-args.js';
import { copyDemoReport } from '../io/copy-demo-report.js';
import { visibleText } from '../report/visible-text.js';
import { type WizardDeps, wizard } from './wizard.js';

/** `report-wizard demo`: copies the demo report into a fresh temporary folder and opens the wizard on it. */
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
  const code = await wizard([target, ...args], io, deps);
  io.stderr.write(`The demo report is at ${visibleText(target)}\n`);
  return code;
};
