import type { Command } from '../io/cli-io.js';
import { commandSpecs } from './command-specs.js';
import { ExitCode } from './exit-codes.js';
import { parseCommandArgs } from './parse-command-args.js';
import { reportArgument } from './report-argument.js';
import { reportEvidence } from '../evidence/report-evidence.js';
import { maxWalkFiles } from '../evidence/scan-repository.js';
import { loadReport } from '../io/load-report.js';
import { ReportError } from '../io/report-error.js';
import { execWithChildProcess } from '../io/exec-with-child-process.js';
import { terminalJson } from '../report/terminal-json.js';
import { parseReport } from '../report/parse-report.js';
import { formatEvidence } from './format-evidence.js';

/** `report-wizard evidence [PATH] [--json]`: for every checklist item, the files of the repository that show it. */
export const evidence: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs(commandSpecs.evidence, args);
  const loaded = await loadReport(
    io.fs,
    reportArgument(commandSpecs.evidence, positionals, values.report),
    io.cwd,
  );
  const report = parseReport(loaded.text);
  if (report.items.length === 0) throw new ReportError(`${loaded.path} has no checklist.`);
  const found = await reportEvidence(loaded.path, report.items, { exec: execWithChildProcess, env: io.env });
  if (found === null) {
    throw new ReportError(
      `${loaded.path} is in no git repository and not in a reports/ folder, so there is no repository to look in.`,
    );
  }
  io.stdout.write(
    values.json === true
      ? `${terminalJson(JSON.stringify({ cut: found.cut, items: found.items }, null, 2))}\n`
      : formatEvidence(found.root, found.git, found.items, found.cut, maxWalkFiles),
  );
  return ExitCode.ok;
};
