import type { Command } from '../io/cli-io.js';
import { commandSpecs } from './command-specs.js';
import { ExitCode } from './exit-codes.js';
import { parseCommandArgs } from './parse-command-args.js';
import { reportArgument } from './report-argument.js';
import { ReportError } from '../io/report-error.js';
import { runParity } from '../parity/run-parity.js';
import { terminalJson } from '../report/terminal-json.js';
import { visibleText } from '../report/visible-text.js';

/** `report-wizard parity [PATH]`: runs the report.py next to the report and compares its verdicts with ours. */
export const parity: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs(commandSpecs.parity, args);
  const path = reportArgument(commandSpecs.parity, positionals, values.report);
  const timeoutSeconds = values.timeout === undefined ? undefined : Number(values.timeout);
  if (timeoutSeconds !== undefined && !(Number.isFinite(timeoutSeconds) && timeoutSeconds > 0)) {
    throw new ReportError(
      `--timeout needs a number of seconds above 0, not "${values.timeout}".`,
      ExitCode.usage,
    );
  }
  const json = values.json ?? false;
  const outcome = await runParity(path, {
    cwd: io.cwd,
    env: io.env,
    fs: io.fs,
    json,
    color: io.stdout.isTTY === true && io.env.NO_COLOR === undefined,
    ...(values.python === undefined ? {} : { python: values.python }),
    ...(timeoutSeconds === undefined ? {} : { timeoutSeconds }),
  });
  if (outcome.error !== null && !json) {
    // The message may quote report.py's output and the report's path.
    io.stderr.write(`report-wizard: ${visibleText(outcome.error)}\n`);
  } else {
    const text = outcome.lines.join('\n');
    io.stdout.write(`${json ? terminalJson(text) : text}\n`);
  }
  return outcome.exitCode;
};
