import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import type { Command } from '../cli/cli-io.js';
import { ExitCode } from '../cli/exit-codes.js';
import { loadReport } from '../io/load-report.js';
import { ReportError } from '../io/report-error.js';
import { fixReport } from '../report/fix-report.js';
import { parseReport } from '../report/parse-report.js';
import { unifiedDiff } from '../report/unified-diff.js';

/**
 * `report-wizard fix [PATH] [--dry-run] [--code]`: repairs what needs no judgement, showing the diff first; fenced code
 * is rewritten as indented code only with `--code`, and otherwise shown.
 */
export const fix: Command = async (args, io) => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { 'dry-run': { type: 'boolean', default: false }, code: { type: 'boolean', default: false } },
  });
  if (positionals.length > 1) throw new ReportError('Usage: report-wizard fix [PATH] [--dry-run] [--code]');
  const loaded = await loadReport(io.fs, positionals[0], io.cwd);
  const report = parseReport(loaded.text);
  const { text, fixes } = fixReport(report, { code: values.code });
  const shown = relative(io.cwd, loaded.path) || loaded.path;
  // Fenced code changes report.py's count (the fence lines are words to it): shown, applied only with --code.
  const withCode = values.code ? null : fixReport(report, { code: true });
  const offerCode = (): void => {
    if (withCode === null || withCode.text === text) return;
    io.stdout.write(
      `\nNot applied: fenced code, which report-wizard fix --code rewrites as indented code:\n`,
    );
    io.stdout.write(unifiedDiff(text, withCode.text, shown));
    const code = withCode.fixes.filter((f) => f.rule === 'render-code');
    io.stdout.write(`\n${code.map((f) => `- ${f.message}\n`).join('')}`);
  };
  if (text === loaded.text) {
    io.stdout.write('Nothing to fix.\n');
    offerCode();
    return ExitCode.ok;
  }
  io.stdout.write(unifiedDiff(loaded.text, text, shown));
  io.stdout.write(`\n${fixes.map((f) => `- ${f.message}\n`).join('')}`);
  offerCode();
  if (values['dry-run']) {
    io.stdout.write('Dry run: nothing was written.\n');
    return ExitCode.ok;
  }
  await io.fs.writeFileAtomic(loaded.path, text, loaded.bytes);
  io.stdout.write(`Fixed ${fixes.length} problem${fixes.length === 1 ? '' : 's'} in ${shown}.\n`);
  return ExitCode.ok;
};
