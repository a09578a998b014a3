import type { Command } from '../io/cli-io.js';
import { commandSpecs } from './command-specs.js';
import { ExitCode } from './exit-codes.js';
import { loadReportCommand } from './load-report-command.js';
import { gitLints } from '../git/git-lints.js';
import { summarizeReport } from '../report/summarize-report.js';
import { terminalJson } from '../report/terminal-json.js';
import { visibleText } from '../report/visible-text.js';
import { formatStatus } from './format-status.js';

/** `report-wizard status [PATH] [--json]`: answered and passing questions, checklist per week, words, evidence counts. */
export const status: Command = async (args, io) => {
  const { json, loaded, report } = await loadReportCommand(commandSpecs.status, args, io);
  const summary = summarizeReport(report);
  // Loaded here, not at the top: the evidence code (execa, the rules) sits in dist/lazy/, apart from `check`.
  const { statusEvidence } = await import('../evidence/status-evidence.js');
  const evidence = await statusEvidence(loaded.path, report.items, io);
  const git = await gitLints({ fs: io.fs, reportPath: loaded.path, report });
  io.stdout.write(
    json
      ? `${terminalJson(JSON.stringify({ file: loaded.path, ...summary, evidence, git }, null, 2))}\n`
      : formatStatus(loaded.path, summary, evidence) +
          git.map((lint) => `! ${visibleText(lint.message)}\n`).join(''),
  );
  return ExitCode.ok;
};
