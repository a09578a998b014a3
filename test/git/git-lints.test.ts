import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { gitLints } from '../../src/git/git-lints.js';
import { type RunGit, runGit } from '../../src/git/run-git.js';
import type { GitAnswers } from '../../src/git/shared-git.js';
import { makeIo } from '../helpers/make-io.js';
import { nodeFileSystem } from '../../src/io/node-file-system.js';
import { parseReport } from '../../src/report/parse-report.js';
import { type LintContext, lintContext } from '../../src/report/lints/lint-context.js';
import { answeredReport } from '../report/lints/answered-report.js';
import { tempFolders } from '../helpers/temp-folders.js';
import { git, gitEnv } from '../helpers/test-git.js';

const temp = tempFolders();
const haveGit = (() => {
  try {
    execFileSync('git', ['--version']);
    return true;
  } catch {
    return false;
  }
})();
if (!haveGit && process.env.CI !== 'true') console.log('git lints: skipped: no git on PATH.');

const env = gitEnv;

const report = answeredReport({ 6: 'Our pipeline:\n\n![pipeline](figures/pipeline.png)' });

/** A clone of a bare origin whose default branch is main, with reports/README.md and its image committed and pushed. */
const cleanRepository = (): { dir: string; reportPath: string } => {
  const origin = temp('git-origin-');
  git(origin, 'init', '-q', '--bare', '-b', 'main');
  const seed = temp('git-seed-');
  git(seed, 'init', '-q', '-b', 'main');
  mkdirSync(join(seed, 'reports/figures'), { recursive: true });
  writeFileSync(join(seed, 'reports/README.md'), report);
  writeFileSync(join(seed, 'reports/figures/pipeline.png'), 'png');
  git(seed, 'add', '.');
  git(seed, 'commit', '-q', '-m', 'report');
  git(seed, 'push', '-q', origin, 'main');
  const dir = temp('git-clone-');
  git(dir, 'clone', '-q', origin, '.');
  return { dir, reportPath: join(dir, 'reports/README.md') };
};

const lintsOf = async (reportPath: string, text = report) =>
  (await gitLints({ fs: nodeFileSystem, reportPath, report: parseReport(text) })).map((l) => [
    l.rule,
    l.message,
  ]);

describe.skipIf(!haveGit && process.env.CI !== 'true')('gitLints on real repositories', () => {
  it('should say nothing when everything is committed and pushed on the default branch', async () => {
    const { reportPath } = cleanRepository();
    expect(await lintsOf(reportPath)).toEqual([]);
  });

  it('should run each git command once for the reports of one run in one folder, and lint them alike', async () => {
    const { reportPath } = cleanRepository();
    const other = join(dirname(reportPath), 'OTHER.md');
    writeFileSync(other, report);
    const calls: string[] = [];
    const counting: RunGit = (args, cwd) => {
      calls.push(args[0]!);
      return runGit(args, cwd);
    };
    const lints = async (answers?: GitAnswers) =>
      Promise.all(
        [reportPath, other].map(async (path) =>
          (
            await gitLints({
              fs: nodeFileSystem,
              reportPath: path,
              report: parseReport(report),
              runGit: counting,
              answers,
            })
          ).map((l) => l.message),
        ),
      );
    const alone = await lints();
    expect(calls.sort()).toEqual([
      'for-each-ref',
      'for-each-ref',
      'ls-files',
      'ls-files',
      'status',
      'status',
    ]);
    calls.length = 0;
    expect(await lints(new Map())).toEqual(alone);
    expect(calls.sort()).toEqual(['for-each-ref', 'ls-files', 'status']);
    expect(alone).toEqual([[], [expect.stringContaining('OTHER.md was never committed')]]);
  });

  it('should flag uncommitted changes to the report', async () => {
    const { reportPath } = cleanRepository();
    writeFileSync(reportPath, `${report}\nMore.\n`);
    expect(await lintsOf(reportPath)).toEqual([
      [
        'git-uncommitted',
        'reports/README.md has changes that are not committed: staff read the committed version, without them. ' +
          'Commit and push them: git commit reports/README.md.',
      ],
    ]);
  });

  it('should flag commits not pushed to the upstream', async () => {
    const { dir, reportPath } = cleanRepository();
    writeFileSync(reportPath, `${report}\nMore.\n`);
    git(dir, 'commit', '-q', '-am', 'more');
    expect(await lintsOf(reportPath)).toEqual([
      [
        'git-unpushed',
        '1 commit is on main but not on origin/main: staff read GitHub, where they are missing. Push them: git push.',
      ],
    ]);
  });

  it('should flag a branch other than the default one, and one never pushed', async () => {
    const { dir, reportPath } = cleanRepository();
    git(dir, 'switch', '-q', '-c', 'report');
    expect(await lintsOf(reportPath)).toEqual([
      [
        'git-unpushed',
        'Branch report was never pushed (it has no upstream): staff read GitHub, where it does not exist. Push it: ' +
          'git push -u origin report.',
      ],
      [
        'git-branch',
        "You are on branch report, but staff read origin's default branch, main: the report counts only once it is " +
          'merged into main and pushed.',
      ],
    ]);
  });

  it('should flag a branch other than main when origin/HEAD is missing, naming the assumption', async () => {
    // `git remote add` + `git push` leaves no refs/remotes/origin/HEAD, as a repository made on the laptop first has.
    const { dir, reportPath } = cleanRepository();
    git(dir, 'remote', 'set-head', 'origin', '--delete');
    git(dir, 'switch', '-q', '-c', 'report');
    git(dir, 'push', '-q', '-u', 'origin', 'report');
    expect(await lintsOf(reportPath)).toEqual([
      [
        'git-branch',
        "You are on branch report, but staff read origin's default branch, main (assumed: origin/HEAD is not set; " +
          'git remote set-head origin --auto asks GitHub): the report counts only once it is merged into main and pushed.',
      ],
    ]);
  });

  it('should fall back to master when origin/HEAD is missing and origin has no main', async () => {
    const { dir, reportPath } = cleanRepository();
    git(dir, 'push', '-q', 'origin', 'main:master');
    git(dir, 'remote', 'set-head', 'origin', '--delete');
    git(dir, 'update-ref', '-d', 'refs/remotes/origin/main');
    git(dir, 'branch', '-q', '-u', 'origin/master');
    expect(await lintsOf(reportPath)).toEqual([
      [
        'git-branch',
        "You are on branch main, but staff read origin's default branch, master (assumed: origin/HEAD is not set; " +
          'git remote set-head origin --auto asks GitHub): the report counts only once it is merged into master and pushed.',
      ],
    ]);
  });

  it('should flag an image that was never committed, and one that is ignored', async () => {
    const { dir, reportPath } = cleanRepository();
    writeFileSync(join(dir, 'reports/figures/new.png'), 'png');
    writeFileSync(join(dir, 'reports/figures/big.png'), 'png');
    writeFileSync(join(dir, '.gitignore'), 'big.png\n');
    git(dir, 'add', '.gitignore');
    git(dir, 'commit', '-q', '-m', 'ignore');
    git(dir, 'push', '-q');
    const text = answeredReport({ 6: '![new](figures/new.png)', 7: '![big](figures/big.png)' });
    writeFileSync(reportPath, text);
    git(dir, 'commit', '-q', '-am', 'images');
    git(dir, 'push', '-q');
    const lines = text.split('\n');
    const lineOf = (needle: string) => lines.findIndex((l) => l.includes(needle)) + 1;
    expect(await lintsOf(reportPath, text)).toEqual([
      [
        'image-untracked',
        `Question 6's image figures/new.png on line ${lineOf('new.png')} is not committed: it shows on your disk but ` +
          'not on GitHub or the graded page. Commit it: git add reports/figures/new.png.',
      ],
      [
        'image-untracked',
        `Question 7's image figures/big.png on line ${lineOf('big.png')} is ignored by .gitignore: it shows on your ` +
          'disk but not on GitHub or the graded page. Commit it: git add -f reports/figures/big.png.',
      ],
    ]);
  });

  it("should read the images from the caller's lint context when it passes one, and lint them the same", async () => {
    const { dir, reportPath } = cleanRepository();
    writeFileSync(join(dir, 'reports/figures/new.png'), 'png');
    const text = answeredReport({ 6: '![new](figures/new.png)' });
    writeFileSync(reportPath, text);
    const report = parseReport(text);
    const messages = async (context?: LintContext) =>
      (await gitLints({ fs: nodeFileSystem, reportPath, report, context })).map((l) => l.rule);
    expect(await messages(lintContext(report))).toEqual(['git-uncommitted', 'image-untracked']);
    expect(await messages()).toEqual(['git-uncommitted', 'image-untracked']);
    // A context that holds no image is what it reads: none is looked up.
    expect(await messages({ ...lintContext(report), images: [] })).toEqual(['git-uncommitted']);
  });

  it('should quote the suggested git add for a name with a space or a quote, so that it runs as shown', async () => {
    const { dir, reportPath } = cleanRepository();
    writeFileSync(join(dir, "reports/figures/Artifact Registry's.PNG"), 'png');
    const text = answeredReport({ 6: "![registry](<figures/Artifact Registry's.PNG>)" });
    writeFileSync(reportPath, text);
    git(dir, 'commit', '-q', '-am', 'image');
    git(dir, 'push', '-q');
    const lints = await lintsOf(reportPath, text);
    expect(lints).toHaveLength(1);
    const command = /Commit it: (git add .*)\.$/.exec(lints[0]![1]!)![1]!;
    expect(command).toBe("git add 'reports/figures/Artifact Registry'\\''s.PNG'");
    // Run as suggested, it stages the file and the lint goes.
    execFileSync('/bin/sh', ['-c', command], { cwd: dir, env });
    expect(await lintsOf(reportPath, text)).toEqual([]);
  });

  it('should flag an image link whose letter case differs from the committed file', async () => {
    const { dir, reportPath } = cleanRepository();
    const text = answeredReport({ 6: '![pipeline](figures/Pipeline.PNG)' });
    writeFileSync(reportPath, text);
    git(dir, 'commit', '-q', '-am', 'case');
    git(dir, 'push', '-q');
    const line = text.split('\n').findIndex((l) => l.includes('Pipeline.PNG')) + 1;
    expect(await lintsOf(reportPath, text)).toEqual([
      [
        'image-case',
        `Question 6's image on line ${line} links figures/Pipeline.PNG, but git holds figures/pipeline.png: the ` +
          'letter case differs, which macOS and Windows forgive and GitHub does not, so the picture is missing ' +
          'there. Write the link as figures/pipeline.png.',
      ],
    ]);
  });

  it('should show the git lints in check --json and in status', async () => {
    const { dir, reportPath } = cleanRepository();
    writeFileSync(reportPath, `${report}\nMore.\n`);
    const check = makeIo({ cwd: dir });
    await runCli(['check', '--json', 'reports'], check.io);
    const lints = (JSON.parse(check.out.stdout) as { lints: { rule: string }[] }).lints;
    expect(lints.filter((l) => l.rule.startsWith('git-')).map((l) => l.rule)).toEqual(['git-uncommitted']);
    const status = makeIo({ cwd: dir });
    expect(await runCli(['status', 'reports'], status.io)).toBe(0);
    expect(status.out.stdout).toMatch(/\n! reports\/README\.md has changes that are not committed: .*\n$/);
  });

  it('should say nothing in a repository without a remote', async () => {
    const dir = temp('git-local-');
    git(dir, 'init', '-q', '-b', 'work');
    writeFileSync(join(dir, 'README.md'), report);
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'report');
    expect(await lintsOf(join(dir, 'README.md'))).toEqual([]);
  });
});

it('should run nothing outside a repository', async () => {
  const dir = temp('no-git-');
  writeFileSync(join(dir, 'README.md'), report);
  const runGit = () => {
    throw new Error('git must not run outside a repository');
  };
  expect(
    await gitLints({
      fs: nodeFileSystem,
      reportPath: join(dir, 'README.md'),
      report: parseReport(report),
      runGit,
    }),
  ).toEqual([]);
});

it('should look for the repository of a folder once for the reports of one run', async () => {
  const dir = temp('no-git-');
  const stats: string[] = [];
  const fs = {
    ...nodeFileSystem,
    stat: async (path: string) => {
      stats.push(path);
      return nodeFileSystem.stat(path);
    },
  };
  const answers: GitAnswers = new Map();
  for (const name of ['A.md', 'B.md', 'C.md']) {
    writeFileSync(join(dir, name), report);
    await gitLints({ fs, reportPath: join(dir, name), report: parseReport(report), answers });
  }
  // One walk up from the folder to the root, each folder's .git asked once.
  expect(stats).toEqual([...new Set(stats)]);
  expect(stats[0]).toBe(join(dir, '.git'));
  expect(stats.at(-1)).toBe('/.git');
});

it('should say nothing when git cannot run', async () => {
  const dir = temp('broken-git-');
  mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, 'README.md'), report);
  const runGit = () => Promise.resolve(null);
  expect(
    await gitLints({
      fs: nodeFileSystem,
      reportPath: join(dir, 'README.md'),
      report: parseReport(report),
      runGit,
    }),
  ).toEqual([]);
});
