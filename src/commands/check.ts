import type { Command } from '../cli/cli-io.js';
import { commandSpecs } from '../cli/command-specs.js';
import { ExitCode } from '../cli/exit-codes.js';
import { parseCommandArgs } from '../cli/parse-command-args.js';
import { ReportError } from '../io/report-error.js';
import { formatGithubAnnotations } from './format-github-annotations.js';
import type { GenerationId } from '../report/model.js';
import type { Lint } from '../report/lints/lint.js';
import { terminalJson } from '../report/terminal-json.js';
import { visibleText } from '../report/visible-text.js';
import { describeConstraint } from '../report/describe-constraint.js';
import { type FileCheck, checkReportFile } from './check-report-file.js';
import { checkJson } from './format-check-json.js';
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
  // In input order, refused files in their place: a script pairs the array with the paths it passed.
  const results: (FileCheck | { file: string; error: string })[] = [];
  for (const path of paths) {
    try {
      results.push(await checkReportFile(io.fs, path, io.cwd, template));
    } catch (error) {
      if (!(error instanceof ReportError) || paths.length === 1) throw error;
      results.push({ file: path ?? '.', error: error.message });
      io.stderr.write(`report-wizard: ${visibleText(error.message)}\n`);
    }
  }
  const checks = results.filter((r): r is FileCheck => !('error' in r));
  if (format === 'json') {
    const objects = results.map((r) => ('error' in r ? r : checkJson(r)));
    io.stdout.write(`${terminalJson(JSON.stringify(paths.length === 1 ? objects[0] : objects, null, 2))}\n`);
  } else if (format === 'github') {
    for (const c of checks)
      io.stdout.write(formatGithubAnnotations(c.file, [...failuresAsLints(c), ...c.lints]));
  } else if (failOn !== null) {
    // A pre-commit hook: only the problems it blocks on, one line each, nothing when there are none.
    for (const c of checks) {
      for (const problem of blockingProblems(c, failOn)) {
        io.stdout.write(
          `${c.file}${problem.line === null ? '' : `:${problem.line}`}: ${visibleText(problem.message)}\n`,
        );
      }
    }
  } else {
    const paint = makePaint(io.stdout.isTTY === true && io.env.NO_COLOR === undefined);
    io.stdout.write(checks.map((c) => formatCheckText(c, paint)).join('\n'));
  }
  if (checks.length < results.length) return ExitCode.usage;
  if (failOn !== null) {
    return checks.some((c) => blockingProblems(c, failOn).length > 0) ? ExitCode.failed : ExitCode.ok;
  }
  return checks.every((c) => c.fatal === null && c.passed === c.total) ? ExitCode.ok : ExitCode.failed;
};
