import { parseArgs } from 'node:util';
import type { Command } from '../cli/cli-io.js';
import { ExitCode } from '../cli/exit-codes.js';
import { gitLints } from '../git/git-lints.js';
import { loadReport } from '../io/load-report.js';
import { ReportError } from '../io/report-error.js';
import { parseReport } from '../report/parse-report.js';
import { summarizeReport } from '../report/summarize-report.js';
import { visibleText } from '../report/visible-text.js';
import { formatStatus } from './format-status.js';

/** `report-wizard status [PATH] [--json]`: answered and passing questions, checklist per week, words. */
export const status: Command = async (args, io) => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false } },
  });
  if (positionals.length > 1)
    throw new ReportError('Usage: report-wizard status [PATH] [--json] (one report at a time)');
  const loaded = await loadReport(io.fs, positionals[0], io.cwd);
  const summary = summarizeReport(loaded.text);
  const git = await gitLints({ fs: io.fs, reportPath: loaded.path, report: parseReport(loaded.text) });
  io.stdout.write(
    values.json
      ? `${JSON.stringify({ file: loaded.path, ...summary, git }, null, 2)}\n`
      : formatStatus(loaded.path, summary) + git.map((lint) => `! ${visibleText(lint.message)}\n`).join(''),
  );
  return ExitCode.ok;
};
