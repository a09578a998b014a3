import { dirname, posix, relative, sep } from 'node:path';
import type { FileSystem } from '../io/file-system.js';
import type { Lint } from '../report/lints/lint.js';
import { type LintContext, lintContext } from '../report/lints/lint-context.js';
import type { ReportStructure } from '../report/model.js';
import { findRepository } from './find-repository.js';
import { mergeDriverLint } from './merge-driver-lint.js';
import { type RunGit, runGit as realRunGit } from './run-git.js';
import { type GitAnswers, sharedGit } from './shared-git.js';
import { shellQuote } from '../report/shell-quote.js';

/** What `git status --porcelain=v2 --branch` says about the branch and the report's folder. */
interface Status {
  head: string | null;
  upstream: string | null;
  ahead: number;
  /** Changed, staged or untracked paths (from the work tree's root) and their state. */
  paths: Map<string, 'changed' | 'untracked' | 'ignored'>;
}

const readStatus = (output: string): Status => {
  const status: Status = { head: null, upstream: null, ahead: 0, paths: new Map() };
  const records = output.split('\0');
  for (let i = 0; i < records.length; i++) {
    const record = records[i]!;
    if (record.startsWith('# branch.head ')) {
      const head = record.slice('# branch.head '.length);
      status.head = head === '(detached)' ? null : head;
    } else if (record.startsWith('# branch.upstream '))
      status.upstream = record.slice('# branch.upstream '.length);
    else if (record.startsWith('# branch.ab ')) status.ahead = Number(/\+(\d+)/.exec(record)?.[1] ?? 0);
    else if (record.startsWith('1 ') || record.startsWith('u ')) {
      status.paths.set(
        record
          .split(' ')
          .slice(record.startsWith('1 ') ? 8 : 10)
          .join(' '),
        'changed',
      );
    } else if (record.startsWith('2 ')) {
      status.paths.set(record.split(' ').slice(9).join(' '), 'changed');
      i++; // the rename's original path follows in its own record
    } else if (record.startsWith('? ')) status.paths.set(record.slice(2), 'untracked');
    else if (record.startsWith('! ')) status.paths.set(record.slice(2), 'ignored');
  }
  return status;
};

/** The default branch each remote's HEAD points at (`origin` → `main`), from the remote-tracking refs. */
const readDefaults = (output: string): Map<string, string> => {
  const defaults = new Map<string, string>();
  for (const line of output.split('\n')) {
    const m = /^refs\/remotes\/([^/]+)\/HEAD refs\/remotes\/\1\/(.+)$/.exec(line);
    if (m) defaults.set(m[1]!, m[2]!);
  }
  return defaults;
};

/**
 * The remote's default branch: what its HEAD points at, else its `main` or `master` (`assumed`), else null. A remote
 * added with `git remote add` and pushed to has no HEAD ref until `git remote set-head --auto` or a fresh clone.
 */
const defaultBranchOf = (refsOut: string, remote: string): { branch: string; assumed: boolean } | null => {
  const named = readDefaults(refsOut).get(remote);
  if (named !== undefined) return { branch: named, assumed: false };
  const refs = new Set(refsOut.split('\n').map((line) => line.split(' ')[0]));
  const guess = ['main', 'master'].find((name) => refs.has(`refs/remotes/${remote}/${name}`));
  return guess === undefined ? null : { branch: guess, assumed: true };
};

const toPosix = (path: string): string => path.split(sep).join('/');

/**
 * What git knows that changes what staff read, when the report is inside a repository: uncommitted or unpushed
 * changes, a branch other than the remote's default, images never committed or linked with the wrong letter case,
 * half a merge driver set-up.
 * Outside a repository it runs nothing; without git, or when git fails, it says nothing.
 */
export const gitLints = async (options: {
  fs: FileSystem;
  reportPath: string;
  report: ReportStructure;
  runGit?: RunGit;
  /** Git's answers shared by the reports of one run (see `sharedGit`); absent: each call asks git. */
  answers?: GitAnswers;
  /** The report's images and line lookup, when the caller has its lint context (`check` does); made here otherwise. */
  context?: Pick<LintContext, 'images' | 'lineOf'>;
}): Promise<Lint[]> => {
  const run = options.runGit ?? realRunGit;
  const git = options.answers === undefined ? run : sharedGit(run, options.answers);
  // The repository of a folder is looked up once for the reports of one run, as git's answers are.
  const folderOf = dirname(options.reportPath);
  const key = JSON.stringify(['repository', folderOf]);
  let found = options.answers?.get(key);
  if (found === undefined) {
    found = findRepository(options.fs, folderOf);
    options.answers?.set(key, found);
  }
  const root = await found;
  if (root === null) return [];
  const folder = toPosix(relative(root, dirname(options.reportPath))) || '.';
  const reportFile = toPosix(relative(root, options.reportPath));
  // Not made again when the caller has it: the context is the lints' whole shared work (code scan, counts, images).
  const { images: answerImages, lineOf } = options.context ?? lintContext(options.report);
  const images = answerImages.filter((image) => !image.remote && image.path !== '');
  const [statusOut, refsOut, filesOut, mergeDriver] = await Promise.all([
    git(['status', '--porcelain=v2', '--branch', '-z', '--ignored=matching', '-uall', '--', folder], root),
    git(['for-each-ref', '--format=%(refname) %(symref)', 'refs/remotes'], root),
    images.length > 0 ? git(['ls-files', '-z', '--', folder], root) : Promise.resolve(''),
    mergeDriverLint({ fs: options.fs, root, reportFile, git }),
  ]);
  if (statusOut === null) return [];
  const status = readStatus(statusOut);
  const lints: Lint[] = [];
  const reportState = status.paths.get(reportFile);
  if (reportState === 'untracked' || reportState === 'ignored') {
    lints.push({
      rule: 'git-uncommitted',
      question: null,
      line: null,
      message:
        `${reportFile} was never committed${reportState === 'ignored' ? ' (.gitignore ignores it)' : ''}: staff read ` +
        `the repository on GitHub, where it does not exist. Commit and push it: git add ${reportState === 'ignored' ? '-f ' : ''}${shellQuote(reportFile)}.`,
    });
  } else if (reportState === 'changed') {
    lints.push({
      rule: 'git-uncommitted',
      question: null,
      line: null,
      message:
        `${reportFile} has changes that are not committed: staff read the committed version, without them. ` +
        `Commit and push them: git commit ${shellQuote(reportFile)}.`,
    });
  }
  const remotes = new Set(
    (refsOut ?? '')
      .split('\n')
      .map((l) => /^refs\/remotes\/([^/ ]+)\//.exec(l)?.[1])
      .filter(Boolean),
  );
  if (status.head !== null && status.upstream !== null && status.ahead > 0) {
    lints.push({
      rule: 'git-unpushed',
      question: null,
      line: null,
      message:
        `${status.ahead} commit${status.ahead === 1 ? ' is' : 's are'} on ${status.head} but not on ${status.upstream}: ` +
        'staff read GitHub, where they are missing. Push them: git push.',
    });
  } else if (status.head !== null && status.upstream === null && remotes.size > 0) {
    lints.push({
      rule: 'git-unpushed',
      question: null,
      line: null,
      message:
        `Branch ${status.head} was never pushed (it has no upstream): staff read GitHub, where it does not exist. ` +
        `Push it: git push -u ${shellQuote(remotes.has('origin') ? 'origin' : [...remotes][0]!)} ${shellQuote(status.head)}.`,
    });
  }
  const remote = status.upstream?.split('/')[0] ?? (remotes.has('origin') ? 'origin' : undefined);
  const fallback = remote === undefined ? null : defaultBranchOf(refsOut ?? '', remote);
  if (status.head !== null && fallback !== null && status.head !== fallback.branch) {
    const assumed = fallback.assumed
      ? ` (assumed: ${remote}/HEAD is not set; git remote set-head ${remote} --auto asks GitHub)`
      : '';
    lints.push({
      rule: 'git-branch',
      question: null,
      line: null,
      message:
        `You are on branch ${status.head}, but staff read ${remote}'s default branch, ${fallback.branch}${assumed}: ` +
        `the report counts only once it is merged into ${fallback.branch} and pushed.`,
    });
  }
  const tracked = new Set((filesOut ?? '').split('\0').filter(Boolean));
  const trackedLower = new Map([...tracked].map((path) => [path.toLowerCase(), path]));
  for (const image of images) {
    const path = posix.normalize(folder === '.' ? image.path : `${folder}/${image.path}`);
    const state = status.paths.get(path);
    const line = lineOf(image.start);
    if (state === 'untracked' || state === 'ignored') {
      lints.push({
        rule: 'image-untracked',
        question: image.question,
        line,
        message:
          `Question ${image.question}'s image ${image.path} on line ${line} is ${state === 'ignored' ? 'ignored by .gitignore' : 'not committed'}: ` +
          `it shows on your disk but not on GitHub or the graded page. Commit it: git add ${state === 'ignored' ? '-f ' : ''}${shellQuote(path)}.`,
      });
    } else if (filesOut !== null && !tracked.has(path) && trackedLower.has(path.toLowerCase())) {
      const actual = trackedLower.get(path.toLowerCase())!;
      lints.push({
        rule: 'image-case',
        question: image.question,
        line,
        message:
          `Question ${image.question}'s image on line ${line} links ${image.path}, but git holds ${posix.relative(folder, actual)}: ` +
          'the letter case differs, which macOS and Windows forgive and GitHub does not, so the picture is missing ' +
          `there. Write the link as ${posix.relative(folder, actual)}.`,
      });
    }
  }
  lints.push(...mergeDriver);
  return lints;
};
