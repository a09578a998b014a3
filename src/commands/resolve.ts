import { relative } from 'node:path';
import type { Command } from '../io/cli-io.js';
import { commandSpecs } from './command-specs.js';
import { ExitCode } from './exit-codes.js';
import { parseCommandArgs, usageError } from './parse-command-args.js';
import { findRepository } from '../git/find-repository.js';
import { type RunGit, runGit as realRunGit } from '../git/run-git.js';
import { loadReport, resolveReportPath } from '../io/load-report.js';
import { ReportError } from '../io/report-error.js';
import { updateReport } from '../io/update-report.js';
import { markerConflicts } from '../report/merge/marker-conflicts.js';
import { mergeReports } from '../report/merge/merge-reports.js';
import { shellQuote } from '../report/shell-quote.js';
import { visibleText } from '../report/visible-text.js';
import { fromMarkers, fromStages, indexStages } from '../git/resolve-conflicts.js';

/**
 * `report-wizard resolve [--ours | --theirs | --both] [QUESTION...] [--report PATH]`: resolves the report's
 * conflicts in the named questions (all when none are named), from git's index when the report is unmerged (stages
 * 1, 2, 3), else from the markers in the file; writes under the writers' lock, touching nothing else. Without a
 * choice it lists the conflicts.
 */
export const runResolve = async (
  args: string[],
  io: Parameters<Command>[1],
  git: RunGit = realRunGit,
): Promise<number> => {
  const spec = commandSpecs.resolve;
  const { values, positionals } = parseCommandArgs(spec, args);
  const choices = (['ours', 'theirs', 'both'] as const).filter((c) => values[c] === true);
  if (choices.length > 1) throw usageError(spec, 'Choose one of --ours, --theirs and --both');
  const questions = positionals.map((p) => {
    if (!/^\d+$/.test(p)) throw usageError(spec, `"${visibleText(p)}" is not a question number`);
    return Number(p);
  });
  const chosen = (question: number | null): boolean =>
    questions.length === 0 || (question !== null && questions.includes(question));
  const path = await resolveReportPath(io.fs, values.report, io.cwd);
  const root = await findRepository(io.fs, io.cwd);
  const stages = root === null ? null : await indexStages(git, root, path);
  const merged = stages === null ? null : mergeReports(...stages);
  const model = merged?.ok === true ? merged : null;
  const shown = relative(io.cwd, path) || path;
  const choice = choices[0];
  if (choice === undefined) {
    const { text } = await loadReport(io.fs, path, io.cwd);
    const labels = model
      ? model.conflicts.filter((c) => c.question === null || chosen(c.question)).map((c) => c.label)
      : (() => {
          const found = markerConflicts(text);
          if (!found.ok)
            throw new ReportError(`Cannot read the conflict markers one by one: ${found.reason}.`);
          return found.conflicts.map((c) =>
            c.question === null ? `"${visibleText(c.label)}"` : `Question ${c.question}`,
          );
        })();
    if (labels.length === 0) {
      io.stdout.write(`No conflicts in ${shown}.\n`);
      return ExitCode.ok;
    }
    io.stdout.write(
      `Conflicts in ${shown}${model ? " (from git's index)" : ''}: ${labels.join(', ')}.\nResolve them: report-wizard resolve --ours | --theirs | --both [QUESTION...]\n`,
    );
    return ExitCode.failed;
  }
  const { text, resolved, note } = await updateReport(io.fs, path, io.cwd, (loaded) =>
    model ? fromStages(loaded.text, model, chosen, choice) : fromMarkers(loaded.text, chosen, choice),
  );
  if (note) io.stdout.write(`${note}\n`);
  if (resolved.length === 0) {
    io.stdout.write(
      `No conflicts to resolve in ${questions.length === 0 ? shown : `question${questions.length === 1 ? '' : 's'} ${questions.join(', ')}`}.\n`,
    );
  } else
    io.stdout.write(
      `Took ${choice === 'both' ? 'both sides' : choice} in ${resolved.map((r) => visibleText(r)).join(', ')}.\n`,
    );
  const remaining = markerConflicts(text);
  const left = remaining.ok ? remaining.conflicts.length : 1;
  if (left > 0) {
    io.stdout.write(`${left} conflict${left === 1 ? ' remains' : 's remain'} in ${shown}.\n`);
    return ExitCode.failed;
  }
  io.stdout.write(`No conflicts remain. Mark the report resolved: git add ${shellQuote(shown)}\n`);
  return ExitCode.ok;
};

/** The `resolve` command. */
export const resolve: Command = (args, io) => runResolve(args, io);
