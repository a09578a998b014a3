import { commandSpecs } from '../commands/command-specs.js';
import { formatSynopsis } from '../commands/format-synopsis.js';

/**
 * The `report-wizard --help` text: every command's usage line and summary, from the command specs. Made when asked,
 * not when the module loads: every other run (`check` among them) would format every command's synopsis for nothing.
 */
export const usage =
  (): string => `report-wizard: fill in and check the DTU 02476 exam report (reports/README.md)

Usage:
${Object.values(commandSpecs)
  .map((spec) => `  ${formatSynopsis(spec)}\n      ${spec.summary}\n`)
  .join('')}
report-wizard COMMAND --help lists a command's options.
PATH is a report file or a directory (its reports/README.md, then README.md); default: the current directory.
--report PATH names the report outright, where a positional PATH could be mistaken for another argument.
Exit codes: 0 all good, 1 questions fail / report.py would refuse / parity disagrees, 2 usage or input error.
`;
