import { mkdir, readFile, realpath, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import type { Command } from '../io/cli-io.js';
import { commandSpecs } from './command-specs.js';
import { ExitCode } from './exit-codes.js';
import { parseCommandArgs, usageError } from './parse-command-args.js';
import { findRepository } from '../git/find-repository.js';
import { type RunGit, runGit as realRunGit } from '../git/run-git.js';
import { resolveReportPath } from '../io/load-report.js';
import { ReportError } from '../io/report-error.js';
import {
  driverCommand,
  driverName,
  type FileChange,
  attributePattern,
  gitattributesText,
  preCommitText,
  workflowMarker,
  workflowText,
} from './setup-plan.js';

/** A file's text, or null when there is none. */
const readText = async (path: string): Promise<string | null> => {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new ReportError(`Cannot read ${path}: ${(error as Error).message.split('\n')[0]}`);
  }
};

/** Writes a change (deleting a file whose new text is null, and then its folders left empty up to `root`). */
const apply = async (change: FileChange, root: string): Promise<void> => {
  if (change.text !== null) {
    await mkdir(dirname(change.path), { recursive: true });
    await writeFile(change.path, change.text);
    return;
  }
  await rm(change.path, { force: true });
  for (let dir = dirname(change.path); dir !== root && dir.startsWith(root); dir = dirname(dir)) {
    try {
      await rmdir(dir);
    } catch {
      break;
    }
  }
};

/** The workflow change of `setup --ci`, refusing a workflow it did not write and a workflows path that is a file. */
const workflowChange = async (root: string, report: string, undo: boolean): Promise<FileChange | null> => {
  for (const folder of ['.github', '.github/workflows']) {
    const at = await stat(join(root, folder)).catch(() => null);
    if (at !== null && !at.isDirectory())
      throw new ReportError(
        `${folder} is a file, not a folder: cannot write ${folder === '.github' ? '.github/workflows/' : ''}report.yml there.`,
      );
  }
  const path = join(root, '.github/workflows/report.yml');
  const current = await readText(path);
  if (current !== null && !current.includes(workflowMarker))
    throw new ReportError(
      '.github/workflows/report.yml exists and report-wizard did not write it: left alone (rename yours, or remove it first).',
    );
  if (undo)
    return current === null ? null : { path, text: null, message: 'remove .github/workflows/report.yml' };
  // GitHub reads every `${{` in a workflow value as the start of an expression (`run:` and `env:` alike; in `paths:`,
  // where none is allowed, it is an error), and the only escape is another expression: refusing such a path is the
  // one way to be sure the workflow neither expands nor breaks on it.
  if (report.includes('${{'))
    throw new ReportError(
      'The report\'s path holds "${{", which GitHub Actions reads as an expression: rename that folder, or write the workflow yourself.',
    );
  const text = workflowText(report);
  if (current === text) return null;
  return {
    path,
    text,
    message: `${current === null ? 'write' : 'update'} .github/workflows/report.yml (checks ${report} on push and pull request)`,
  };
};

/**
 * `report-wizard setup [--dry-run] [--undo] [--ci]`: in the group's repository, sets up the merge driver (the
 * `.gitattributes` line, the driver in `.git/config`, the pre-commit hook when there is a pre-commit config), or with
 * `--ci` the GitHub workflow. Idempotent; `--undo` removes exactly what it adds.
 */
export const runSetup = async (
  args: string[],
  io: Parameters<Command>[1],
  git: RunGit = realRunGit,
): Promise<number> => {
  const { values, positionals } = parseCommandArgs(commandSpecs.setup, args);
  // A path given as an argument was ignored, and the set-up written for reports/README.md without a word.
  if (positionals.length > 0)
    throw usageError(
      commandSpecs.setup,
      `setup takes the report as --report ${positionals[0]}, not as an argument`,
    );
  const dryRun = values['dry-run'] === true;
  const undo = values.undo === true;
  const root = await findRepository(io.fs, io.cwd);
  if (root === null)
    throw new ReportError("Not inside a git repository: run report-wizard setup in your group's clone.");
  const reportPath = await resolveReportPath(io.fs, values.report, io.cwd).catch(() =>
    join(root, 'reports/README.md'),
  );
  const report = relative(root, reportPath).split(sep).join('/');
  const changes: FileChange[] = [];
  const configs: { args: string[]; message: string }[] = [];
  if (values.ci === true) {
    const change = await workflowChange(root, report, undo);
    if (change) changes.push(change);
  } else {
    const attributes = join(root, '.gitattributes');
    const current = await readText(attributes);
    const text = gitattributesText(current, report, undo);
    if (text !== null)
      changes.push({
        path: attributes,
        text: undo && text.trim() === '' ? null : text,
        message: `${undo ? 'remove from' : 'add to'} .gitattributes: ${attributePattern(report)} merge=report-wizard`,
      });
    // The script this process runs (npx links to it), so the driver finds it from any folder.
    const script = process.argv[1] ?? 'report-wizard';
    const driver = driverCommand(await realpath(script).catch(() => script));
    const [name, command] = await Promise.all([
      git(['config', '--local', '--get', 'merge.report-wizard.name'], root),
      git(['config', '--local', '--get', 'merge.report-wizard.driver'], root),
    ]);
    if (undo) {
      if (name !== null || command !== null)
        configs.push({
          args: ['config', '--local', '--remove-section', 'merge.report-wizard'],
          message: 'remove the merge driver from .git/config',
        });
    } else if (name?.trim() !== driverName || command?.trim() !== driver) {
      configs.push({ args: ['config', '--local', 'merge.report-wizard.name', driverName], message: '' });
      configs.push({
        args: ['config', '--local', 'merge.report-wizard.driver', driver],
        message: 'set the merge driver in .git/config (merge.report-wizard)',
      });
    }
    const preCommitPath = join(root, '.pre-commit-config.yaml');
    const preCommit = await readText(preCommitPath);
    if (preCommit !== null) {
      const planned = preCommitText(preCommit, report, undo);
      if ('error' in planned) throw new ReportError(`${planned.error}: nothing was changed.`);
      if (planned.text !== null)
        changes.push({
          path: preCommitPath,
          text: planned.text,
          message: `${undo ? 'remove' : 'add'} the report-wizard hook ${undo ? 'from' : 'to'} .pre-commit-config.yaml`,
        });
    }
  }
  const messages = [...changes.map((c) => c.message), ...configs.map((c) => c.message).filter(Boolean)];
  if (messages.length === 0) {
    io.stdout.write(
      undo
        ? 'Nothing to undo: report-wizard setup has not changed this repository.\n'
        : 'Already set up: nothing to change.\n',
    );
    return ExitCode.ok;
  }
  for (const message of messages) io.stdout.write(`${dryRun ? 'would' : 'did'}: ${message}\n`);
  if (dryRun) return ExitCode.ok;
  for (const change of changes) await apply(change, root);
  for (const config of configs)
    if ((await git(config.args, root)) === null)
      throw new ReportError(`git ${config.args.join(' ')} failed.`);
  if (!undo && values.ci !== true)
    io.stdout.write(
      'Each teammate runs report-wizard setup in their own clone: git keeps merge drivers per clone. Commit .gitattributes.\n',
    );
  return ExitCode.ok;
};

/** The `setup` command. */
export const setup: Command = (args, io) => runSetup(args, io);
