import { parseArgs } from 'node:util';
import type { Command } from '../cli/cli-io.js';
import { ExitCode } from '../cli/exit-codes.js';
import { reportEvidence } from '../evidence/report-evidence.js';
import { loadReport } from '../io/load-report.js';
import { ReportError } from '../io/report-error.js';
import { execWithExeca } from '../parity/exec-with-execa.js';
import { parseReport } from '../report/parse-report.js';
import { formatEvidence } from './format-evidence.js';

/** `report-wizard evidence [PATH] [--json]`: for every checklist item, the files of the repository that show it. */
export const evidence: Command = async (args, io) => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false } },
  });
  if (positionals.length > 1) throw new ReportError('Usage: report-wizard evidence [PATH] [--json]');
  const loaded = await loadReport(io.fs, positionals[0], io.cwd);
  const report = parseReport(loaded.text);
  if (report.items.length === 0) throw new ReportError(`${loaded.path} has no checklist.`);
  const found = await reportEvidence(loaded.path, report.items, {
    fs: io.fs,
    exec: execWithExeca,
    env: io.env,
  });
  if (found === null) {
    throw new ReportError(
      `${loaded.path} is in no git repository and not in a reports/ folder, so there is no repository to look in.`,
    );
  }
  io.stdout.write(
    values.json
      ? `${JSON.stringify({ items: found.items }, null, 2)}\n`
      : formatEvidence(found.root, found.git, found.items),
  );
  return ExitCode.ok;
};
