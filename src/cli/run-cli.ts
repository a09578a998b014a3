import { ReportError } from '../io/report-error.js';
import type { CliIo } from './cli-io.js';
import { commands } from './commands.js';
import { ExitCode } from './exit-codes.js';
import { usage } from './usage.js';

declare const REPORT_WIZARD_VERSION: string | undefined;

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
  const load = commands[named ? first : 'wizard']!;
  try {
    const command = await load();
    return await command(named ? rest : argv, io);
  } catch (error) {
    if (error instanceof ReportError) {
      io.stderr.write(`report-wizard: ${error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof Error && (error as NodeJS.ErrnoException).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      io.stderr.write(`report-wizard: ${error.message.split('.')[0]} (see report-wizard --help)\n`);
      return ExitCode.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`report-wizard: unexpected error: ${message}\n`);
    return ExitCode.usage;
  }
};
