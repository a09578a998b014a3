import { resolve } from 'node:path';
import { ReportError } from '../io/report-error.js';
import { visibleText } from '../report/visible-text.js';
import type { CliIo } from './cli-io.js';
import { commands } from './commands.js';
import { ExitCode } from './exit-codes.js';
import { suggestCommand } from './suggest-command.js';
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

/** One line for a parseArgs error, whose messages run over several sentences and lines. */
const parseArgsMessage = (message: string): string => {
  // `--text "- item"`: parseArgs will not take a value that starts with a dash unless it is joined with `=`.
  const ambiguous = /^Option '(--[\w-]+)' argument is ambiguous/.exec(message);
  if (ambiguous) return `${ambiguous[1]} has a value starting with "-": write it as ${ambiguous[1]}=VALUE`;
  return message.split(/\.(?:\s|$)/)[0]!;
};

/** Runs one CLI invocation and returns its exit code; errors become one line on stderr. */
export const runCli = async (argv: string[], io: CliIo): Promise<number> => {
  const [first, ...rest] = argv;
  if (first === '--help' || first === '-h' || first === 'help') {
    io.stdout.write(usage);
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
  const load = commands[named ? first : 'wizard']!;
  try {
    const command = await load();
    return await command(named ? rest : argv, io);
  } catch (error) {
    if (isReportError(error)) {
      // Messages quote paths, arguments and report text: the one place every command's errors are printed.
      io.stderr.write(`report-wizard: ${visibleText(error.message)}\n`);
      return error.exitCode;
    }
    // node:util parseArgs: unknown options, a missing or dash-led option value, a value given to a flag.
    if (error instanceof Error && (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS_')) {
      io.stderr.write(
        `report-wizard: ${visibleText(parseArgsMessage(error.message))} (see report-wizard --help)\n`,
      );
      return ExitCode.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`report-wizard: unexpected error: ${visibleText(message)}\n`);
    return ExitCode.usage;
  }
};
