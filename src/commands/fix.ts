import { relative } from 'node:path';
import type { Command } from '../io/cli-io.js';
import { commandSpecs } from './command-specs.js';
import { ExitCode } from './exit-codes.js';
import { parseCommandArgs } from './parse-command-args.js';
import { reportArgument } from './report-argument.js';
import { type LoadedReport, loadReport } from '../io/load-report.js';
import { updateReport } from '../io/update-report.js';
import { fixReport } from '../report/fix-report.js';
import { parseReport } from '../report/parse-report.js';
import { unifiedDiff } from '../report/unified-diff.js';
import { writeJson } from './write-json.js';
import { visibleText } from '../report/visible-text.js';

/** `report-wizard fix [PATH] [--dry-run] [--code] [--windows]`: repairs what needs no judgement, showing the diff. */
export const fix: Command = async (args, io) => {
  const { values: given, positionals } = parseCommandArgs(commandSpecs.fix, args);
  const values = {
    code: given.code === true,
    windows: given.windows === true,
    'dry-run': given['dry-run'] === true,
    json: given.json === true,
  };
  const path = reportArgument(commandSpecs.fix, positionals, given.report);
  const fixed = (loaded: LoadedReport) => {
    const report = parseReport(loaded.text);
    return { report, ...fixReport(report, { code: values.code, windows: values.windows }) };
  };
  // A real run reads, fixes and writes under the report's lock (parallel writers take turns), then shows the diff.
  const { loaded, report, text, fixes } = values['dry-run']
    ? await loadReport(io.fs, path, io.cwd).then((loaded) => ({ ...fixed(loaded), loaded }))
    : await updateReport(io.fs, path, io.cwd, fixed);
  const shown = visibleText(relative(io.cwd, loaded.path) || loaded.path);
  // Fenced code changes report.py's count (the fence lines are words to it): shown, applied only with --code.
  const withCode = values.code ? null : fixReport(report, { code: true, windows: values.windows });
  const offered =
    withCode === null || withCode.text === text ? [] : withCode.fixes.filter((f) => f.rule === 'render-code');
  if (values.json) {
    await writeJson(
      io,
      { shown: relative(io.cwd, loaded.path) || loaded.path, path: loaded.path },
      text,
      !values['dry-run'] && text !== loaded.text,
      {
        fixes: fixes.map(({ rule, question, message }) => ({ rule, question, message })),
        notApplied: offered.map(({ rule, question, offer, message }) => ({
          rule,
          question,
          message: offer ?? message,
        })),
      },
    );
    return ExitCode.ok;
  }
  const offerCode = (): void => {
    if (offered.length === 0) return;
    io.stdout.write(
      '\nNot applied: fenced code, which report-wizard fix --code rewrites as indented code:\n',
    );
    io.stdout.write(visibleText(unifiedDiff(text, withCode!.text, shown)));
    io.stdout.write(visibleText(`\n${offered.map((f) => `- ${f.offer ?? f.message}\n`).join('')}`));
  };
  if (text === loaded.text) {
    io.stdout.write('Nothing to fix.\n');
    offerCode();
    return ExitCode.ok;
  }
  io.stdout.write(visibleText(unifiedDiff(loaded.text, text, shown)));
  io.stdout.write(visibleText(`\n${fixes.map((f) => `- ${f.message}\n`).join('')}`));
  offerCode();
  if (values['dry-run']) {
    io.stdout.write('Dry run: nothing was written.\n');
    return ExitCode.ok;
  }
  io.stdout.write(`Fixed ${fixes.length} problem${fixes.length === 1 ? '' : 's'} in ${shown}.\n`);
  return ExitCode.ok;
};
