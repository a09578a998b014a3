import type { Command } from '../io/cli-io.js';
import { commandSpecs } from './command-specs.js';
import { ExitCode } from './exit-codes.js';
import { parseCommandArgs } from './parse-command-args.js';
import { ReportError } from '../io/report-error.js';
import { formatGithubAnnotations } from './format-github-annotations.js';
import type { GenerationId } from '../report/model.js';
import type { Lint } from '../report/lints/lint.js';
import { visibleText } from '../report/visible-text.js';
import { describeConstraint } from '../report/describe-constraint.js';
import { type FileCheck, checkReportFile } from './check-report-file.js';
import type { FolderListings } from '../io/image-exists-near.js';
import { checkJson, checkJsonText } from './format-check-json.js';
import { formatCheckText, makePaint } from './format-check-text.js';
import { blockingProblems, parseFailOn } from './fail-on.js';

// GitHub annotations show report.py's failures too, on the question's `Answer:` line.
const failuresAsLints = (c: FileCheck): Lint[] =>
  c.fatal !== null
    ? [{ rule: 'report-py-refuses', question: null, line: null, message: `report.py stops with ${c.fatal}` }]
    : c.questions
        .filter((q) => !q.passed)
        .map((q) => ({
          rule: 'report-py',
          question: q.number,
          line: c.answerLines[q.number - 1] ?? null,
          message: `Question ${q.number} fails report.py: ${q.words} words, ${q.images} images; expected ${describeConstraint(q.constraint)}.`,
        }));

/** `report-wizard check [PATH...] [--json] [--format text|json|github] [--template auto|YEAR]`. */
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
  const paint = makePaint(io.stdout.isTTY === true && io.env.NO_COLOR === undefined);
  // Each file's output is written as soon as it is checked and the check dropped: only the verdict stays.
  const write = (check: FileCheck, first: boolean): void => {
    if (format === 'json') io.stdout.write(`${first ? '' : ',\n'}${checkJsonText(checkJson(check), many)}`);
    else if (format === 'github')
      io.stdout.write(formatGithubAnnotations(check.file, [...failuresAsLints(check), ...check.lints]));
    else if (failOn !== null) {
      // A pre-commit hook: only the problems it blocks on, one line each, nothing when there are none.
      for (const problem of blockingProblems(check, failOn)) {
        io.stdout.write(
          `${check.file}${problem.line === null ? '' : `:${problem.line}`}: ${visibleText(problem.message)}\n`,
        );
      }
    } else io.stdout.write(`${first ? '' : '\n'}${formatCheckText(check, paint)}`);
  };
  let refused = 0;
  let failed = false;
  let written = 0;
  if (format === 'json' && many) io.stdout.write('[\n');
  const listings: FolderListings = new Map();
  // In input order, refused files in their place: a script pairs the array with the paths it passed.
  for (const path of paths) {
    let check: FileCheck;
    try {
      check = await checkReportFile(io.fs, path, io.cwd, template, listings);
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
    failed ||=
      failOn !== null
        ? blockingProblems(check, failOn).length > 0
        : check.fatal !== null || check.passed !== check.total;
  }
  if (format === 'json') io.stdout.write(many ? '\n]\n' : '\n');
  if (refused > 0) return ExitCode.usage;
  return failed ? ExitCode.failed : ExitCode.ok;
};
