import { dirname } from 'node:path';
import type { Command } from '../io/cli-io.js';
import { commandSpecs } from './command-specs.js';
import { ExitCode } from './exit-codes.js';
import { parseCommandArgs, usageError } from './parse-command-args.js';
import { type GitProcess, gitProcess } from '../git/handin/git-process.js';
import { HandinError, handinFacts } from '../git/handin/handin-facts.js';
import { ReportError } from '../io/report-error.js';
import { visibleText } from '../report/visible-text.js';
import { handinJson } from './format-handin-json.js';
import { formatHandinText } from '../git/handin/format-handin-text.js';
import { handinPasses } from './handin-verdict.js';
import { deadlineOption } from './deadline-option.js';

const fetchTimeoutMs = 30_000;

/** `git fetch` with a timeout; a line saying what happened when it did not work. */
const fetchRemote = async (git: GitProcess, dir: string): Promise<string | null> => {
  const outcome = await git(['fetch', '--prune', '--quiet'], dir, undefined, fetchTimeoutMs);
  if (outcome.ok) return null;
  const reason = outcome.timedOut
    ? `no answer in ${fetchTimeoutMs / 1000} s`
    : (outcome.stderr.split('\n').find((l) => l.trim() !== '') ?? 'it failed');
  return `git fetch did not work (offline? ${visibleText(reason)}): shown is what this clone knew at its last fetch.`;
};

/** `report-wizard handin [PATH] [--json] [--fetch] [--deadline ISO]`. */
export const handin: Command = async (args, io) => {
  const spec = commandSpecs.handin;
  const { values, positionals } = parseCommandArgs(spec, args);
  if (positionals.length > 1)
    throw usageError(spec, `Expected one PATH, got "${positionals[0]}" and "${positionals[1]}"`);
  const deadline = deadlineOption(spec, 'deadline', values.deadline);
  const named = positionals[0];
  let dir = io.cwd;
  if (named !== undefined) {
    const path = named.startsWith('/') ? named : `${io.cwd}/${named}`;
    const stat = await io.fs.stat(path);
    if (stat === null) throw new ReportError(`${named} does not exist: give your repository's folder.`);
    dir = stat.isDirectory ? path : dirname(path);
  }
  const notes: string[] = [];
  if (values.fetch === true) {
    const problem = await fetchRemote(gitProcess, dir);
    if (problem !== null) notes.push(problem);
  }
  const now = Date.now() / 1000;
  let facts;
  try {
    facts = await handinFacts({ dir, now, fs: io.fs, ...(deadline === undefined ? {} : { deadline }) });
  } catch (error) {
    if (error instanceof HandinError) throw new ReportError(error.message);
    throw error;
  }
  facts.problems.unshift(...notes);
  if (values.json === true) io.stdout.write(`${JSON.stringify(handinJson(facts, now), null, 2)}\n`);
  else io.stdout.write(formatHandinText(facts, now));
  return handinPasses(facts) ? ExitCode.ok : ExitCode.failed;
};
