import type { Command } from '../io/cli-io.js';
import { commandSpecs } from './command-specs.js';
import { ExitCode } from './exit-codes.js';
import { parseCommandArgs } from './parse-command-args.js';
import { ReportError } from '../io/report-error.js';
import type { GenerationId } from '../report/model.js';
import { visibleText } from '../report/visible-text.js';
import { type FileCheck, checkReportFile } from './check-report-file.js';
import type { FolderListings } from '../io/image-exists-near.js';
import type { GitAnswers } from '../git/shared-git.js';
import { checkJson, checkJsonText } from './format-check-json.js';
import { formatCheckText, makePaint } from './format-check-text.js';
import { blockingProblems, parseFailOn } from './fail-on.js';
import { type FileLint, capGithubAnnotations } from './cap-github-annotations.js';
import { failuresAsLints } from './failures-as-lints.js';
import { formatCompact } from './format-compact.js';
import { formatGithubSummary } from './format-github-summary.js';
import { watchCheck } from './watch-check.js';

/** `report-wizard check [PATH...] [--json] [--format text|json|github|compact] [--template auto|YEAR] [--watch]`. */
export const check: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs(commandSpecs.check, args);
  const failOn = values['fail-on'] === undefined ? null : parseFailOn(values['fail-on']);
  const template = (values.template ?? 'auto') as GenerationId | 'auto';
  if (values.json === true && values.format !== undefined && values.format !== 'json') {
    throw new ReportError(`Give --json or --format ${values.format}, not both: --json means --format json.`);
  }
  const format = values.json === true ? 'json' : (values.format ?? 'text');
  const named = [...positionals, ...(values.report ?? [])];
  const paths = named.length > 0 ? named : [undefined];
  const many = paths.length > 1;
  if (values.watch === true && (many || format === 'json' || format === 'github' || failOn !== null)) {
    throw new ReportError(
      '--watch checks one report and prints text or --format compact: give one PATH, without --json, github or --fail-on.',
    );
  }
  // GitHub shows a step's job summary in full, while it drops annotations past ten of a kind.
  const summary = format === 'github' ? (io.env.GITHUB_STEP_SUMMARY ?? '') : '';
  const annotations: FileLint[] = [];
  const paint = makePaint(io.stdout.isTTY === true && io.env.NO_COLOR === undefined);
  // Each file's output is written as soon as it is checked and the check dropped: only the verdict stays.
  const write = (check: FileCheck, first: boolean): void => {
    if (format === 'json') io.stdout.write(`${first ? '' : ',\n'}${checkJsonText(checkJson(check), many)}`);
    else if (format === 'github') {
      for (const lint of [...failuresAsLints(check), ...check.lints])
        annotations.push({ file: check.file, lint });
    } else if (format === 'compact')
      io.stdout.write(formatCompact(check.file, [...failuresAsLints(check), ...check.lints]));
    else if (failOn !== null) {
      // A pre-commit hook: only the problems it blocks on, one line each, nothing when there are none.
      for (const problem of blockingProblems(check, failOn)) {
        io.stdout.write(
          `${visibleText(check.file)}${problem.line === null ? '' : `:${problem.line}`}: ${visibleText(problem.message)}\n`,
        );
      }
    } else io.stdout.write(`${first ? '' : '\n'}${formatCheckText(check, paint)}`);
  };
  let refused = 0;
  let failed = false;
  let written = 0;
  if (format === 'json' && many) io.stdout.write('[\n');
  const listings: FolderListings = new Map();
  const gitAnswers: GitAnswers = new Map();
  const checked: FileCheck[] = [];
  // In input order, refused files in their place: a script pairs the array with the paths it passed.
  for (const path of paths) {
    let check: FileCheck;
    try {
      check = await checkReportFile(io.fs, path, io.cwd, template, listings, gitAnswers);
    } catch (error) {
      if (!(error instanceof ReportError) || !many) throw error;
      refused++;
      io.stderr.write(`report-wizard: ${visibleText(error.message)}\n`);
      if (format === 'json') {
        io.stdout.write(
          `${written === 0 ? '' : ',\n'}${checkJsonText({ file: path ?? '.', error: error.message }, many)}`,
        );
        written++;
      }
      continue;
    }
    write(check, written === 0);
    written++;
    // The job summary and the watch need the checks once the loop ends; other runs keep only the verdict.
    if (summary !== '' || values.watch === true) checked.push(check);
    failed ||=
      failOn !== null
        ? blockingProblems(check, failOn).length > 0
        : check.fatal !== null || check.passed !== check.total;
  }
  if (format === 'json') io.stdout.write(many ? '\n]\n' : '\n');
  if (format === 'github') {
    if (summary !== '') {
      for (const check of checked) await io.fs.appendFile(summary, formatGithubSummary(check));
      // The hand-in facts once, for the repository of the first report: CI checks one repository.
      if (checked.length > 0) {
        const { handinSummary } = await import('./handin-summary.js');
        await io.fs.appendFile(summary, await handinSummary(io.fs, checked[0]!.path, Date.now() / 1000));
      }
    }
    io.stdout.write(capGithubAnnotations(annotations, summary !== ''));
  }
  if (values.watch === true && checked.length === 1) {
    const recheck = async (): Promise<FileCheck> =>
      checkReportFile(io.fs, paths[0], io.cwd, template, new Map());
    const show =
      format === 'compact'
        ? (c: FileCheck) => formatCompact(c.file, [...failuresAsLints(c), ...c.lints])
        : null;
    return watchCheck(io, checked[0]!.path, checked[0]!, recheck, show);
  }
  if (refused > 0) return ExitCode.usage;
  return failed ? ExitCode.failed : ExitCode.ok;
};
