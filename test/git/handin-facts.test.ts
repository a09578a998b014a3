import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { formatHandinText } from '../../src/git/handin/format-handin-text.js';
import { handinPasses } from '../../src/commands/handin-verdict.js';
import type { GitProcess } from '../../src/git/handin/git-process.js';
import { HandinError, handinFacts } from '../../src/git/handin/handin-facts.js';
import { checkReport } from '../../src/report/check-report.js';
import { generationById } from '../../src/report/generations.js';
import { makeReport } from '../helpers/make-report.js';
import { makeIo } from '../helpers/make-io.js';
import { tempFolders } from '../helpers/temp-folders.js';
import { git, gitEnv } from '../helpers/test-git.js';

const temp = tempFolders();
const baseEnv = gitEnv;
/** A commit with a fixed date (author and committer), so dates and the deadline walk are exact. */
const commit = (cwd: string, message: string, date: string): string => {
  execFileSync('git', ['commit', '-q', '--allow-empty', '-am', message], {
    cwd,
    env: { ...baseEnv, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
  });
  return git(cwd, 'rev-parse', 'HEAD').trim();
};
const short = (sha: string): string => sha.slice(0, 7);

// Every answer at its lower limit, images where report.py wants them: a report that passes the 2026 report.py.
const words = (n: number, seed: string): string =>
  Array.from({ length: n }, (_, i) => `${seed}${i}`).join(' ');
const passingAnswers = (): Record<number, string> =>
  Object.fromEntries(
    generationById('2026').checker.constraints.map((c, i) => {
      const text = words(Math.max(c?.words?.[0] ?? 5, 5), `q${i + 1}w`);
      const images = Array.from({ length: c?.images?.[0] ?? 0 }, () => '![pipeline](figures/pipeline.png)');
      return [i + 1, [text, ...images].join('\n\n')];
    }),
  );
const passing = (answers: Record<number, string> = {}): string =>
  makeReport({ answers: { ...passingAnswers(), ...answers } });

const now = Date.parse('2026-01-20T12:00:00Z') / 1000;
const future = { iso: '2026-01-24T00:00:00+01:00', time: Date.parse('2026-01-24T00:00:00+01:00') / 1000 };

/** A bare origin (default branch main) and a clone of it, whose main holds `text` as reports/README.md and the figure. */
const repository = (text = passing()) => {
  const origin = temp('handin-origin-');
  git(origin, 'init', '-q', '--bare', '-b', 'main');
  const dir = temp('handin-clone-');
  git(dir, 'clone', '-q', origin, '.');
  git(dir, 'checkout', '-q', '-b', 'main');
  mkdirSync(join(dir, 'reports/figures'), { recursive: true });
  writeFileSync(join(dir, 'reports/README.md'), text);
  writeFileSync(join(dir, 'reports/figures/pipeline.png'), 'png');
  git(dir, 'add', '.');
  const first = commit(dir, 'report', '2026-01-10T10:00:00+01:00');
  git(dir, 'push', '-q', '-u', 'origin', 'main');
  git(dir, 'remote', 'set-head', 'origin', 'main');
  return { origin, dir, first };
};

const factsOf = (dir: string, deadline = future) => handinFacts({ dir, now, deadline });

describe('handinFacts on real repositories', () => {
  it('should grade origin/main as the work tree shows it, and pass', async () => {
    const { dir, first } = repository();
    const facts = await factsOf(dir);
    expect(facts.graded).toEqual({
      branch: 'origin/main',
      ref: 'refs/remotes/origin/main',
      commit: first,
      date: '2026-01-10T10:00:00+01:00',
      subject: 'report',
      assumed: null,
    });
    expect(facts.judgement?.check.passed).toBe(31);
    expect(facts.local).toEqual({
      branch: 'main',
      uncommitted: false,
      unpushed: 0,
      branchMerged: true,
      matchesGraded: true,
    });
    expect(handinPasses(facts)).toBe(true);
    expect(formatHandinText(facts, now)).toBe(
      `Graded: origin/main at ${short(first)} (2026-01-10 10:00 +01:00, 'report'), reports/README.md\n` +
        'Deadline: 2026-01-24 00:00 +01:00 (given), 3 days 11 hours left.\n' +
        'report.py 2026-01-09.e3622b47: 31 of 31 questions pass.\n' +
        'Local: Your work tree shows what would be graded.\n',
    );
  });

  it('should list an answer that only another branch holds, with its branch, commit, date and subject', async () => {
    const { dir } = repository(passing({ 27: '--- question 27 fill here ---' }));
    git(dir, 'switch', '-q', '-c', 'Readme4');
    writeFileSync(join(dir, 'reports/README.md'), passing({ 27: words(30, 'final') }));
    const draft = commit(dir, 'final?', '2026-01-23T21:00:14+01:00');
    git(dir, 'push', '-q', '-u', 'origin', 'Readme4');
    git(dir, 'switch', '-q', 'main');
    const facts = await factsOf(dir);
    expect(facts.stranded).toEqual([
      {
        question: 27,
        reason: 'placeholder',
        branch: 'Readme4',
        ref: 'refs/remotes/origin/Readme4',
        local: false,
        commit: draft,
        date: '2026-01-23T21:00:14+01:00',
        subject: 'final?',
        words: 30,
        defaultWords: 0,
        merged: false,
        likelySuperseded: false,
      },
    ]);
    expect(formatHandinText(facts, now)).toContain(
      'Answers on other branches that origin/main lacks: 1\n' +
        `  Question 27: placeholder on origin/main; 30 words on Readme4, ${short(draft)}, 2026-01-23 21:00 +01:00, 'final?', not merged\n`,
    );
    expect(handinPasses(facts)).toBe(false);
  });

  it('should say nothing of a branch once it is merged', async () => {
    const { dir } = repository(passing({ 27: '--- question 27 fill here ---' }));
    git(dir, 'switch', '-q', '-c', 'draft');
    writeFileSync(join(dir, 'reports/README.md'), passing({ 27: words(30, 'final') }));
    commit(dir, 'answer 27', '2026-01-12T10:00:00+01:00');
    git(dir, 'push', '-q', '-u', 'origin', 'draft');
    git(dir, 'switch', '-q', 'main');
    execFileSync('git', ['merge', '-q', '--no-ff', '-m', 'Merge draft', 'draft'], {
      cwd: dir,
      env: {
        ...baseEnv,
        GIT_AUTHOR_DATE: '2026-01-13T10:00:00+01:00',
        GIT_COMMITTER_DATE: '2026-01-13T10:00:00+01:00',
      },
    });
    git(dir, 'push', '-q');
    const facts = await factsOf(dir);
    expect(facts.stranded).toEqual([]);
    expect(facts.local.matchesGraded).toBe(true);
  });

  it('should mark an older, longer draft the default branch replaced as likely superseded', async () => {
    const long = words(60, 'long');
    const { dir } = repository(passing({ 12: long }));
    git(dir, 'switch', '-q', '-c', 'old');
    writeFileSync(join(dir, 'reports/README.md'), passing({ 12: long, 13: words(40, 'other') }));
    commit(dir, 'old draft', '2026-01-11T10:00:00+01:00');
    git(dir, 'push', '-q', '-u', 'origin', 'old');
    git(dir, 'switch', '-q', 'main');
    writeFileSync(join(dir, 'reports/README.md'), passing({ 12: words(20, 'short') }));
    commit(dir, 'shorter', '2026-01-12T10:00:00+01:00');
    git(dir, 'push', '-q');
    const facts = await factsOf(dir);
    expect(
      facts.stranded.map((s) => [s.question, s.reason, s.words, s.defaultWords, s.likelySuperseded]),
    ).toEqual([[12, 'fewer_words', 60, 20, true]]);
    expect(formatHandinText(facts, now)).toContain(
      'Older drafts on other branches (likely replaced on purpose):\n' +
        `  Question 12: 20 words on origin/main; 60 words on old, ${short(facts.stranded[0]!.commit)}, 2026-01-11 10:00 +01:00, 'old draft', not merged (likely an older draft origin/main replaced)\n`,
    );
  });

  it('should grade the last commit before a past deadline and list the report commits after it', async () => {
    const { dir, first } = repository();
    writeFileSync(join(dir, 'reports/README.md'), passing({ 4: words(120, 'late') }));
    const late = commit(dir, 'fixed some issues, too late :(', '2026-01-24T00:00:32+01:00');
    commit(dir, 'unrelated', '2026-01-25T10:00:00+01:00');
    git(dir, 'push', '-q');
    const deadline = {
      iso: '2026-01-24T00:00:00+01:00',
      time: Date.parse('2026-01-24T00:00:00+01:00') / 1000,
    };
    const facts = await handinFacts({ dir, now: deadline.time + 3600, deadline });
    expect(facts.graded?.commit).toBe(first);
    expect(facts.afterDeadline).toEqual([
      { commit: late, date: '2026-01-24T00:00:32+01:00', subject: 'fixed some issues, too late :(' },
    ]);
    expect(formatHandinText(facts, deadline.time + 3600)).toContain(
      'Deadline: 2026-01-24 00:00 +01:00 (given), passed 1 hour 0 minutes ago: the facts are as of then.\n',
    );
    expect(formatHandinText(facts, deadline.time + 3600)).toContain(
      'Report commits on origin/main after the deadline: 1 (staff may grade the version before them)\n' +
        `  ${short(late)} 2026-01-24 00:00 +01:00 'fixed some issues, too late :('\n`,
    );
  });

  it("should follow the server's side of a local git pull merged after the deadline", async () => {
    const { origin, dir } = repository();
    const other = temp('handin-other-');
    git(other, 'clone', '-q', origin, '.');
    writeFileSync(join(other, 'reports/README.md'), passing({ 19: 'edited on GitHub' }));
    const server = commit(other, 'Update README.md', '2026-01-23T18:22:00+01:00');
    git(other, 'push', '-q');
    writeFileSync(join(dir, 'reports/figures/new.png'), 'png');
    git(dir, 'add', '.');
    commit(dir, 'local work', '2026-01-23T09:28:00+01:00');
    git(dir, 'fetch', '-q');
    execFileSync('git', ['merge', '-q', '--no-ff', '-m', `Merge branch 'main' of ${origin}`, 'origin/main'], {
      cwd: dir,
      env: {
        ...baseEnv,
        GIT_AUTHOR_DATE: '2026-01-25T10:00:00+01:00',
        GIT_COMMITTER_DATE: '2026-01-25T10:00:00+01:00',
      },
    });
    git(dir, 'push', '-q');
    const deadline = {
      iso: '2026-01-24T00:00:00+01:00',
      time: Date.parse('2026-01-24T00:00:00+01:00') / 1000,
    };
    expect((await handinFacts({ dir, now: deadline.time + 86_400 * 3, deadline })).graded?.commit).toBe(
      server,
    );
  });

  it('should find a report moved out of reports/ and say where it is', async () => {
    const { dir } = repository();
    git(dir, 'mv', 'reports/README.md', 'REPORT.md');
    const moved = commit(dir, 'move', '2026-01-15T10:00:00+01:00');
    git(dir, 'push', '-q');
    const facts = await factsOf(dir);
    expect(facts.report).toEqual({ path: 'REPORT.md', foundBy: 'headings' });
    expect(facts.problems).toEqual([
      `reports/README.md is missing on origin/main at ${short(moved)}; the report-like file is REPORT.md. Staff look for reports/README.md: move it back (git mv REPORT.md reports/README.md).`,
    ]);
    expect(handinPasses(facts)).toBe(false);
  });

  it('should list images the graded commit lacks, and those only on this disk', async () => {
    const { dir } = repository(passing({ 6: '![loss](figures/loss.png)\n\n![acc](figures/acc.png)' }));
    writeFileSync(join(dir, 'reports/figures/acc.png'), 'png');
    const facts = await factsOf(dir);
    expect(facts.missingImages).toEqual([
      { question: 6, path: 'reports/figures/loss.png' },
      { question: 6, path: 'reports/figures/acc.png' },
    ]);
    expect(facts.localImages).toEqual([{ question: 6, path: 'reports/figures/acc.png' }]);
  });

  it('should tell uncommitted changes, unpushed commits and a branch not merged', async () => {
    const { dir } = repository();
    git(dir, 'switch', '-q', '-c', 'work');
    writeFileSync(join(dir, 'reports/README.md'), passing({ 5: words(120, 'work') }));
    commit(dir, 'work', '2026-01-15T10:00:00+01:00');
    writeFileSync(join(dir, 'reports/README.md'), passing({ 5: words(130, 'more') }));
    const facts = await factsOf(dir);
    expect(facts.local).toEqual({
      branch: 'work',
      uncommitted: true,
      unpushed: 1,
      branchMerged: false,
      matchesGraded: false,
    });
    expect(formatHandinText(facts, now)).toContain(
      'Local: reports/README.md has changes that are not committed. 1 commit not pushed. Branch work is not merged into origin/main.\n',
    );
  });

  it("should read a bare mirror as GitHub has it: HEAD's branch graded, no local state", async () => {
    const { origin, dir } = repository(passing({ 27: '--- question 27 fill here ---' }));
    git(dir, 'switch', '-q', '-c', 'Readme4');
    writeFileSync(join(dir, 'reports/README.md'), passing({ 27: words(30, 'final') }));
    const draft = commit(dir, 'final?', '2026-01-23T21:00:14+01:00');
    git(dir, 'push', '-q', '-u', 'origin', 'Readme4');
    const facts = await handinFacts({ dir: origin, now, deadline: future });
    expect([facts.bare, facts.root, facts.graded?.branch, facts.graded?.ref]).toEqual([
      true,
      null,
      'main',
      'refs/heads/main',
    ]);
    expect(facts.stranded.map((s) => [s.question, s.branch, s.commit])).toEqual([[27, 'Readme4', draft]]);
    expect(facts.local).toEqual({
      branch: 'main',
      uncommitted: null,
      unpushed: null,
      branchMerged: null,
      matchesGraded: null,
    });
  });

  it('should assume origin/main when origin/HEAD is missing, and say so', async () => {
    const { dir } = repository();
    git(dir, 'remote', 'set-head', 'origin', '--delete');
    const facts = await factsOf(dir);
    expect(facts.graded?.assumed).toBe(
      'origin/HEAD is not set, so origin/main is assumed to be the default branch (git remote set-head origin --auto asks GitHub).',
    );
    expect(facts.problems).toEqual([facts.graded?.assumed]);
  });
});

describe('handinFacts on bad input', () => {
  it('should refuse a folder outside any repository in one line', async () => {
    const dir = temp('handin-none-');
    await expect(factsOf(dir)).rejects.toThrow(
      new HandinError(
        `${dir} is not inside a git repository: staff read your group's repository on GitHub; run this in your clone.`,
      ),
    );
  });

  it('should refuse in one line when git is not installed', async () => {
    const missing: GitProcess = () =>
      Promise.resolve({ ok: false, missing: true, timedOut: false, stderr: '' });
    await expect(handinFacts({ dir: temp('handin-nogit-'), now, git: missing })).rejects.toThrow(
      'git is not installed (or not on PATH): the hand-in view reads your repository with git.',
    );
  });

  it('should say a shallow clone is shallow, and still grade', async () => {
    const { origin, dir } = repository();
    writeFileSync(join(dir, 'reports/README.md'), passing({ 4: words(110, 'two') }));
    const second = commit(dir, 'second', '2026-01-11T10:00:00+01:00');
    git(dir, 'push', '-q');
    const shallow = temp('handin-shallow-');
    git(shallow, 'clone', '-q', '--depth', '1', `file://${origin}`, '.');
    const facts = await factsOf(shallow);
    expect(facts.graded?.commit).toBe(second);
    expect(facts.problems).toEqual([
      'This is a shallow clone: older commits are missing, so the deadline walk and older drafts may be incomplete (git fetch --unshallow fetches them).',
    ]);
  });

  it('should say HEAD is detached, and still grade', async () => {
    const { dir, first } = repository();
    git(dir, 'checkout', '-q', '--detach');
    const facts = await factsOf(dir);
    expect(facts.problems).toEqual([
      `HEAD is detached (at ${short(first)}): you are on no branch, so new commits belong to none.`,
    ]);
    expect(facts.local).toMatchObject({ branch: null, branchMerged: true, matchesGraded: true });
  });

  it('should answer in a repository without any commit yet', async () => {
    const dir = temp('handin-empty-');
    git(dir, 'init', '-q', '-b', 'main');
    const facts = await factsOf(dir);
    expect(facts.graded).toBeNull();
    expect(facts.problems).toEqual(['There is no remote: nothing is on GitHub for staff to read.']);
    expect(formatHandinText(facts, now)).toBe(
      'Graded: nothing (no branch staff would read).\n' +
        'Deadline: 2026-01-24 00:00 +01:00 (given), 3 days 11 hours left.\n' +
        'Note: There is no remote: nothing is on GitHub for staff to read.\n',
    );
  });

  it('should say there is no remote, and show the local main as if pushed', async () => {
    const dir = temp('handin-local-');
    git(dir, 'init', '-q', '-b', 'main');
    mkdirSync(join(dir, 'reports'));
    writeFileSync(join(dir, 'reports/README.md'), passing());
    git(dir, 'add', '.');
    commit(dir, 'report', '2026-01-10T10:00:00+01:00');
    const facts = await factsOf(dir);
    expect(facts.problems).toEqual([
      'There is no remote: nothing is on GitHub for staff to read; shown: your main, as if pushed.',
    ]);
    expect(facts.judgement?.check.passed).toBe(31);
    expect(handinPasses(facts)).toBe(false);
  });

  it('should say the remote has no default branch, and show the current branch', async () => {
    const { dir } = repository();
    git(dir, 'push', '-q', 'origin', 'main:dev');
    git(dir, 'remote', 'set-head', 'origin', '--delete');
    git(dir, 'update-ref', '-d', 'refs/remotes/origin/main');
    const facts = await factsOf(dir);
    expect(facts.problems).toEqual([
      'origin has no HEAD, main or master branch, so what staff read is unknown; shown: your main, as if pushed.',
    ]);
    expect(facts.judgement?.check.passed).toBe(31);
  });

  it('should name a branch whose report does not parse, and still compare the others', async () => {
    const { dir } = repository(passing({ 27: '--- question 27 fill here ---' }));
    git(dir, 'switch', '-q', '-c', 'broken');
    writeFileSync(join(dir, 'reports/README.md'), '# notes\n\nnothing here\n');
    commit(dir, 'oops', '2026-01-12T10:00:00+01:00');
    git(dir, 'push', '-q', '-u', 'origin', 'broken');
    git(dir, 'switch', '-q', '-c', 'good', 'main');
    writeFileSync(join(dir, 'reports/README.md'), passing({ 27: words(25, 'good') }));
    commit(dir, 'good', '2026-01-12T11:00:00+01:00');
    git(dir, 'push', '-q', '-u', 'origin', 'good');
    git(dir, 'switch', '-q', 'main');
    const facts = await factsOf(dir);
    expect(facts.problems).toEqual([
      'reports/README.md on broken has no "### Question N" headings: its answers were not compared.',
    ]);
    expect(facts.stranded.map((s) => [s.question, s.branch])).toEqual([[27, 'good']]);
  });
});

describe('report-wizard handin', () => {
  it('should exit 0 with --json when the work tree is what would be graded and passes', async () => {
    const { dir, first } = repository();
    const { io, out } = makeIo({ cwd: dir });
    expect(await runCli(['handin', '--json', '--deadline', '2099-01-24T00:00:00+01:00'], io)).toBe(0);
    const json = JSON.parse(out.stdout) as Record<string, unknown>;
    expect(json.graded).toEqual({
      branch: 'origin/main',
      ref: 'refs/remotes/origin/main',
      commit: first,
      date: '2026-01-10T10:00:00+01:00',
      subject: 'report',
      assumed: null,
    });
    expect(Object.keys(json)).toEqual([
      'ok',
      'graded',
      'report',
      'deadline',
      'check',
      'lints',
      'stranded',
      'afterDeadline',
      'missingImages',
      'localImages',
      'local',
      'problems',
    ]);
    expect(checkReport(passing(), '2026').passed).toBe(31);
  });

  it('should exit 1 when the report has uncommitted changes', async () => {
    const { dir } = repository();
    writeFileSync(join(dir, 'reports/README.md'), passing({ 5: words(150, 'new') }));
    const { io } = makeIo({ cwd: dir });
    expect(await runCli(['handin', '--deadline', '2099-01-24T00:00:00+01:00'], io)).toBe(1);
  });

  it('should exit 2 on a deadline without an offset, and outside a repository', async () => {
    const a = makeIo();
    expect(await runCli(['handin', '--deadline', '2026-01-24'], a.io)).toBe(2);
    expect(a.out.stderr).toBe(
      'report-wizard: --deadline takes an ISO 8601 time with offset, such as 2026-01-24T00:00:00+01:00; got "2026-01-24" (usage: report-wizard handin [PATH] [--json] [--fetch] [--deadline ISO])\n',
    );
    const b = makeIo();
    expect(await runCli(['handin'], b.io)).toBe(2);
    expect(b.out.stderr).toBe(
      `report-wizard: ${b.cwd} is not inside a git repository: staff read your group's repository on GitHub; run this in your clone.\n`,
    );
  });

  it('should say clearly when --fetch cannot reach the remote, and answer from what the clone knew', async () => {
    const { dir } = repository();
    git(dir, 'remote', 'set-url', 'origin', join(dir, 'gone.git'));
    const { io, out } = makeIo({ cwd: dir });
    expect(await runCli(['handin', '--fetch', '--deadline', '2099-01-24T00:00:00+01:00'], io)).toBe(0);
    expect(out.stdout).toMatch(
      /\nNote: git fetch did not work \(offline\? .*\): shown is what this clone knew at its last fetch\.\n$/,
    );
  });
});
