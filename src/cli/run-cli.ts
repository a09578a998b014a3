import { resolve } from 'node:path';
import { ReportError } from '../io/report-error.js';
import { visibleText } from '../report/visible-text.js';
import type { CliIo } from '../io/cli-io.js';
import { type CommandName, commandSpecs } from '../commands/command-specs.js';
import { commands } from './commands.js';
import { ExitCode } from '../commands/exit-codes.js';
import { formatCommandHelp } from './format-command-help.js';
import { wantsHelp } from '../commands/parse-command-args.js';
import { suggestCommand } from '../commands/suggest-command.js';
import { usage } from './usage.js';

declare const REPORT_WIZARD_VERSION: string | undefined;

/**
 * A ReportError from any part of the bundle: the lazily loaded commands (wizard, demo, parity) are bundled apart from
 * dist/cli.js and carry their own copy of the class, so `instanceof` misses theirs.
 */
const isReportError = (error: unknown): error is ReportError =>
  error instanceof ReportError ||
  (error instanceof Error &&
    error.name === 'ReportError' &&
    typeof (error as Partial<ReportError>).exitCode === 'number');

/** Runs one CLI invocation and returns its exit code; errors become one line on stderr. */
export const runCli = async (argv: string[], io: CliIo): Promise<number> => {
  const [first, ...rest] = argv;
  if (first === '--help' || first === '-h' || first === 'help') {
    // `help check` is `check --help`.
    const topic = rest[0];
    io.stdout.write(
      first === 'help' && topic !== undefined && Object.hasOwn(commandSpecs, topic)
        ? formatCommandHelp(commandSpecs[topic as CommandName])
        : usage(),
    );
    return ExitCode.ok;
  }
  if (first === '--version' || first === '-v') {
    io.stdout.write(`${typeof REPORT_WIZARD_VERSION === 'string' ? REPORT_WIZARD_VERSION : 'dev'}\n`);
    return ExitCode.ok;
  }
  const named = first !== undefined && Object.hasOwn(commands, first);
  // The wizard takes a PATH first: a word that names no file but is close to a command is a typo, not a path.
  if (
    !named &&
    first !== undefined &&
    !first.startsWith('-') &&
    (await io.fs.stat(resolve(io.cwd, first))) === null
  ) {
    const meant = suggestCommand(
      first,
      Object.keys(commands).filter((name) => name !== 'wizard'),
    );
    if (meant !== null) {
      io.stderr.write(
        `report-wizard: "${visibleText(first)}" is not a command or a file: did you mean "report-wizard ${meant}"? (see report-wizard --help)\n`,
      );
      return ExitCode.usage;
    }
  }
  const name = named ? (first as CommandName) : 'wizard';
  const args = named ? rest : argv;
  if (wantsHelp(commandSpecs[name], args)) {
    io.stdout.write(formatCommandHelp(commandSpecs[name]));
    return ExitCode.ok;
  }
  try {
    const command = await commands[name]();
    return await command(args, io);
  } catch (error) {
    if (isReportError(error)) {
      // Messages quote paths, arguments and report text: the one place every command's errors are printed.
      io.stderr.write(`report-wizard: ${visibleText(error.message)}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`report-wizard: unexpected error: ${visibleText(message)}\n`);
    return ExitCode.usage;
  }
};
