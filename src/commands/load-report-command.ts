import type { CliIo } from '../io/cli-io.js';
import { type LoadedReport, loadReport } from '../io/load-report.js';
import { parseReport } from '../report/parse-report.js';
import type { Report } from '../report/model.js';
import type { commandSpecs } from './command-specs.js';
import { parseCommandArgs } from './parse-command-args.js';
import { reportArgument } from './report-argument.js';

/**
 * The arguments of a command that reads one report and may answer in JSON (`status`, `evidence`:
 * `[PATH | --report PATH] [--json]`), and that report, loaded and parsed.
 */
export const loadReportCommand = async (
  spec: typeof commandSpecs.status | typeof commandSpecs.evidence,
  args: string[],
  io: CliIo,
): Promise<{ json: boolean; loaded: LoadedReport; report: Report }> => {
  const { values, positionals } = parseCommandArgs(spec, args);
  const loaded = await loadReport(io.fs, reportArgument(spec, positionals, values.report), io.cwd);
  return { json: values.json === true, loaded, report: parseReport(loaded.text) };
};
