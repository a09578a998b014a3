import type { CliIo, Command } from '../io/cli-io.js';
import { commandSpecs } from './command-specs.js';
import { ExitCode } from './exit-codes.js';
import { parseCommandArgs, usageError } from './parse-command-args.js';
import { decodeReport } from '../io/decode-report.js';
import { execWithChildProcess } from '../io/exec-with-child-process.js';
import { ReportError } from '../io/report-error.js';
import type { Exec } from '../io/exec.js';
import { mergeReports } from '../report/merge/merge-reports.js';
import { visibleText } from '../report/visible-text.js';
import { resolve } from 'node:path';

const sides = ['base', 'ours', 'theirs'] as const;

/** The environment as a child process takes it (no undefined values). */
const childEnv = (env: CliIo['env']): Record<string, string> =>
  Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined));

/**
 * Exactly git's own line merge, `git merge-file`, into OURS in place, on the paths as git gave them (bytes as they
 * are: it needs no decoding):
 * 0 clean, 1 conflicts or when git cannot merge either.
 */
const gitMergeFile = async (paths: readonly string[], io: CliIo, exec: Exec): Promise<number> => {
  const [base, ours, theirs] = paths as [string, string, string];
  const result = await exec(
    'git',
    ['merge-file', '-L', 'ours', '-L', 'base', '-L', 'theirs', ours, base, theirs],
    {
      cwd: io.cwd,
      env: childEnv(io.env),
      timeout: 60_000,
    },
  );
  if (result.exitCode === 0) return ExitCode.ok;
  if (result.exitCode !== undefined && result.exitCode > 0 && result.exitCode < 128) return ExitCode.failed;
  // Git's own merge does the same with what it cannot merge (a binary file): ours stays, marked as a conflict.
  io.stderr.write(
    `report-wizard: git merge-file cannot merge it either (${visibleText(result.stderr.trim() || (result.shortMessage ?? 'it failed'))}): ` +
      'ours is left as it was, marked as a conflict.\n',
  );
  return ExitCode.failed;
};

/**
 * `report-wizard merge-driver BASE OURS THEIRS [PATH]`, the merge driver `setup` configures (git passes `%O %A %B
 * %P`): merges the report question by question into OURS; exit 0 when clean, 1 when conflict markers remain. Where
 * the versions cannot be merged that way it says why and runs `git merge-file`, never picking a side.
 */
export const runMergeDriver = async (
  args: string[],
  io: CliIo,
  exec: Exec = execWithChildProcess,
): Promise<number> => {
  const { positionals } = parseCommandArgs(commandSpecs['merge-driver'], args);
  if (positionals.length < 3 || positionals.length > 4)
    throw usageError(commandSpecs['merge-driver'], 'Give BASE, OURS and THEIRS (git passes %O %A %B %P)');
  const paths = positionals.slice(0, 3).map((p) => resolve(io.cwd, p));
  const name = positionals[3] ?? 'the report';
  const bytes = await Promise.all(
    paths.map(async (path) => {
      try {
        return await io.fs.readFile(path);
      } catch {
        throw new ReportError(`report-wizard: cannot read ${path}, a version git gave to merge.`);
      }
    }),
  );
  const texts = bytes.map((b) => decodeReport(b));
  const notText = texts.findIndex((t) => t === null);
  const merged =
    notText === -1
      ? mergeReports(texts[0]!, texts[1]!, texts[2]!)
      : { ok: false as const, reason: `the ${sides[notText]} version is not UTF-8 text` };
  if (!merged.ok) {
    io.stderr.write(
      `report-wizard: cannot merge ${visibleText(name)} question by question: ${visibleText(merged.reason)}; ` +
        "using git's own line merge (git merge-file).\n",
    );
    return gitMergeFile(positionals.slice(0, 3), io, exec);
  }
  await io.fs.writeFileAtomic(paths[1]!, merged.text, bytes[1]!);
  if (merged.conflicts.length === 0) return ExitCode.ok;
  io.stderr.write(
    `report-wizard: ${visibleText(name)}: merged question by question; conflicts left in ` +
      `${merged.conflicts.map((c) => c.label).join(', ')} (resolve them: report-wizard resolve --ours | --theirs | --both).\n`,
  );
  return ExitCode.failed;
};

/** The `merge-driver` command. */
export const mergeDriver: Command = (args, io) => runMergeDriver(args, io);
