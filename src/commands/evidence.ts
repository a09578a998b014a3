import type { Command } from '../io/cli-io.js';
import { commandSpecs } from './command-specs.js';
import { ExitCode } from './exit-codes.js';
import { loadReportCommand } from './load-report-command.js';
import { reportEvidence } from '../evidence/report-evidence.js';
import { maxWalkFiles } from '../evidence/scan-repository.js';
import { ReportError } from '../io/report-error.js';
import { execWithChildProcess } from '../io/exec-with-child-process.js';
import { terminalJson } from '../report/terminal-json.js';
import { formatEvidence } from './format-evidence.js';

/** `report-wizard evidence [PATH] [--json]`: for every checklist item, the files of the repository that show it. */
export const evidence: Command = async (args, io) => {
  const { json, loaded, report } = await loadReportCommand(commandSpecs.evidence, args, io);
  if (report.items.length === 0) throw new ReportError(`${loaded.path} has no checklist.`);
  const found = await reportEvidence(loaded.path, report.items, { exec: execWithChildProcess, env: io.env });
  if (found === null) {
    throw new ReportError(
      `${loaded.path} is in no git repository and not in a reports/ folder, so there is no repository to look in.`,
    );
  }
  io.stdout.write(
    json
      ? `${terminalJson(JSON.stringify({ cut: found.cut, items: found.items }, null, 2))}\n`
      : formatEvidence(found.root, found.git, found.items, found.cut, maxWalkFiles),
  );
  return ExitCode.ok;
};
