import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run-cli.js';
import type { ClassRow } from '../../../src/commands/class/class-row.js';
import { generationById } from '../../../src/report/generations.js';
import { terminalJson } from '../../../src/report/terminal-json.js';
import { makeIo } from '../../helpers/make-io.js';
import { makeReport } from '../../helpers/make-report.js';
import { tempFolders } from '../../helpers/temp-folders.js';
import { git, gitEnv } from '../../helpers/test-git.js';

const temp = tempFolders();
const baseEnv = gitEnv;
const commitAt = (cwd: string, message: string, date: string): string => {
  execFileSync('git', ['commit', '-q', '--allow-empty', '-m', message], {
    cwd,
    env: { ...baseEnv, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
  });
  return git(cwd, 'rev-parse', 'HEAD').trim();
};

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
const at = '2026-01-24T00:00:00+01:00';

/**
 * A group's repository as staff clone it (a bare origin pushed to, then cloned into `clones/name`): each commit
 * `[date, files]` writes its files (null deletes one) and is pushed to main.
 */
const group = (clones: string, name: string, commits: [string, Record<string, string | null>][]): string => {
  const origin = temp('class-origin-');
  git(origin, 'init', '-q', '--bare', '-b', 'main');
  const work = temp('class-work-');
  git(work, 'init', '-q', '-b', 'main');
  for (const [date, files] of commits) {
    for (const [path, text] of Object.entries(files)) {
      if (text === null) git(work, 'rm', '-q', path);
      else {
        mkdirSync(join(work, path, '..'), { recursive: true });
        writeFileSync(join(work, path), text);
        git(work, 'add', path);
      }
    }
    commitAt(work, `commit of ${date}`, date);
  }
  git(work, 'push', '-q', origin, 'main');
  git(clones, 'clone', '-q', origin, name);
  return git(join(clones, name), 'rev-parse', 'HEAD').trim();
};

const classOf = async (args: string[], cwd?: string) => {
  const made = makeIo(cwd === undefined ? {} : { cwd });
  const code = await runCli(['class', ...args], made.io);
  return { code, ...made.out };
};

describe('class', () => {
  it('should read each group at the deadline, from git alone, and sort what needs a human first', async () => {
    const clones = temp('class-clones-');
    const before = '2026-01-20T10:00:00+01:00';
    const late = '2026-01-25T10:00:00+01:00';
    const figure = { 'reports/figures/pipeline.png': 'png' };
    group(clones, 'a-passing', [[before, { 'reports/README.md': passing(), ...figure }]]);
    // report.py crashes: an answer's marker deleted, so it sees 30 answers.
    group(clones, 'b-crash', [
      [before, { 'reports/README.md': passing().replace('Answer:', 'Answr:'), ...figure }],
    ]);
    // Odd boxes in the checklist, and a late fix to question 4 that staff do not grade.
    const boxes = passing({ 4: words(20, 'short') })
      .replace('* [ ] Create a git repository', '* [✅] Create a git repository')
      .replace('* [ ] Write unit tests for the data code', '* [50%] Write unit tests for the data code');
    group(clones, 'c-boxes-late', [
      [before, { 'reports/README.md': boxes, ...figure }],
      [late, { 'reports/README.md': passing(), ...figure }],
    ]);
    group(clones, 'd-no-report', [[before, { 'README.md': '# Our project\n' }]]);
    group(clones, 'e-after-only', [[late, { 'reports/README.md': passing(), ...figure }]]);
    mkdirSync(join(clones, 'f-not-a-clone'));
    const { code, stdout, stderr } = await classOf([clones, '--at', at, '--json']);
    expect([code, stderr]).toEqual([0, '']);
    const rows = JSON.parse(stdout) as ClassRow[];
    const byName = new Map(rows.map((r) => [r.folder.split('/').at(-1)!, r]));
    expect(rows.map((r) => r.folder.split('/').at(-1))).toEqual([
      'd-no-report',
      'e-after-only',
      'f-not-a-clone',
      'b-crash',
      'c-boxes-late',
      'a-passing',
    ]);
    expect(byName.get('a-passing')).toMatchObject({
      fatal: null,
      passed: 31,
      total: 31,
      year: 2026,
      deadline: at,
      branch: 'origin/main',
      report: 'reports/README.md',
      staff: { passed: 31, total: 31 },
      attention: [],
      urgency: 0,
    });
    expect(byName.get('a-passing')!.questions).toHaveLength(31);
    expect(byName.get('b-crash')).toMatchObject({
      fatal:
        'ValueError: Number of answers are different from the expected 31. Have you changed the template?',
      passed: null,
      total: null,
      questions: [],
      staff: { passed: 31, total: 31 },
      attention: [
        'report.py refuses the report: ValueError: Number of answers are different from the expected 31. Have you changed the template?',
        "staff's leaderboard shows 31/31",
      ],
    });
    const c = byName.get('c-boxes-late')!;
    expect(c).toMatchObject({ passed: 30, total: 31, staff: { passed: 30, total: 31 } });
    expect(c.checklist).toEqual({
      items: 11,
      ticked: 1,
      unusual: [
        { line: expect.any(Number) as number, box: '✅', meaning: 'ticked' },
        { line: expect.any(Number) as number, box: '50%', meaning: 'partly' },
      ],
    });
    expect(c.afterDeadline.map((x) => x.subject)).toEqual(['commit of 2026-01-25T10:00:00+01:00']);
    expect(c.attention).toEqual([
      '2 odd checkboxes ([✅] [50%])',
      '1 report commit after the deadline',
      '1 failing question',
    ]);
    expect(byName.get('d-no-report')!.problem).toBe(
      'No report on origin/main at the deadline (no reports/README.md, nor a file of questions).',
    );
    expect(byName.get('e-after-only')!.problem).toMatch(/had no commit before the deadline/);
    expect(byName.get('f-not-a-clone')!.problem).toBe(`${join(clones, 'f-not-a-clone')} is not a git clone.`);
  }, 60_000);

  it('should check an older template with its own year and show the staff figure the newest report.py gives', async () => {
    const clones = temp('class-clones-');
    const old = readFileSync(new URL('../../fixtures/reports/template-2024.md', import.meta.url), 'utf8');
    group(clones, 'g-2024', [['2024-01-15T10:00:00+01:00', { 'reports/README.md': old }]]);
    const { stdout } = await classOf([clones, '--year', '2024', '--json']);
    const [row] = JSON.parse(stdout) as ClassRow[];
    expect(row).toMatchObject({
      fatal: null,
      total: 27,
      deadline: '2024-01-20T00:00:00+01:00',
      staff: { passed: 31, total: 31 },
    });
    expect(row!.attention[0]).toBe("staff's leaderboard shows 31/31");
  }, 30_000);

  it('should read a roster CSV as staff keep it, one row per group, saying which clone is missing', async () => {
    const clones = temp('class-clones-');
    group(clones, 'owner+repo-a', [['2026-01-20T10:00:00+01:00', { 'reports/README.md': passing() }]]);
    const { io, out, put } = makeIo();
    put(
      'roster.csv',
      'group_number,student_1,student_2,student_3,student_4,student_5,repo_url\r\n' +
        '7,s1,s2,,,,https://github.com/owner/repo-a\r\n' +
        '8,s3,,,,,https://github.com/owner/repo-b.git\r\n' +
        '9,s4,,,,,\r\n',
    );
    expect(await runCli(['class', 'roster.csv', '--clones', clones, '--at', at, '--csv'], io)).toBe(0);
    const lines = out.stdout.split('\r\n');
    expect(lines[0]).toBe(
      'group,folder,repo,problem,branch,commit,date,year,deadline,report,fatal,passed,total,staff_passed,staff_total,checklist_items,checklist_ticked,odd_boxes,render_problems,missing_images,not_png_jpg,conflict_markers,stranded,after_deadline,attention',
    );
    expect(lines[1]).toBe(
      `8,${clones},https://github.com/owner/repo-b.git,No clone of https://github.com/owner/repo-b.git in ${clones}.,,,,,,,,,,,,,,,0,,,0,,0,No clone of https://github.com/owner/repo-b.git in ${clones}.`,
    );
    expect(lines[2]).toMatch(/^9,,,Line 4 of roster\.csv has no repository URL\.,/);
    expect(lines[3]).toMatch(
      /^7,.*owner\+repo-a,https:\/\/github\.com\/owner\/repo-a,,origin\/main,[0-9a-f]{40},/,
    );
    expect(lines[4]).toBe('');
  }, 30_000);

  it('should print a table with a line per group', async () => {
    const clones = temp('class-clones-');
    const report = passing().replace('Answer:', 'Answr:');
    group(clones, 'a', [
      ['2026-01-20T10:00:00+01:00', { 'reports/README.md': report, 'reports/figures/pipeline.png': 'png' }],
    ]);
    const { stdout } = await classOf([clones, '--at', at]);
    const lines = stdout.split('\n');
    // The repository column names the origin's URL (here a local folder) by its last two parts.
    const repo = /(tmp\/class-origin-\w+)/.exec(lines[0] === undefined ? '' : lines[1]!)![1]!;
    const width = repo.length;
    expect(lines[0]).toBe(
      `group  ${'repository'.padEnd(width)}  year  commit   report.py  staff  ticks  needs a human`,
    );
    expect(lines[1]).toMatch(
      new RegExp(
        `^ {7}${repo}  2026  [0-9a-f]{7}  refused {4}31/31  0/11   report\\.py refuses the report: ValueError: .*; staff's leaderboard shows 31/31$`,
      ),
    );
    expect(lines.slice(2)).toEqual(['', '1 group; 1 needs a look (anything beyond failing questions).', '']);
  }, 30_000);

  it('should write --json a group at a time, as the JSON of the whole array, and [] for no group', async () => {
    const clones = temp('class-clones-');
    group(clones, 'a', [['2026-01-20T10:00:00+01:00', { 'reports/README.md': passing() }]]);
    // A folder named with a C1 control, which --json writes escaped.
    group(clones, 'b\u009b', [['2026-01-20T10:00:00+01:00', { 'README.md': '# Our project\n' }]]);
    mkdirSync(join(clones, 'c-not-a-clone'));
    const made = makeIo();
    const writes: string[] = [];
    made.io.stdout = { write: (s: string) => writes.push(s) };
    expect(await runCli(['class', clones, '--at', at, '--json'], made.io)).toBe(0);
    const stdout = writes.join('');
    const rows = JSON.parse(stdout) as ClassRow[];
    expect(rows.map((r) => r.folder.split('/').at(-1))).toEqual(['b\u009b', 'c-not-a-clone', 'a']);
    expect(stdout).toBe(`${terminalJson(JSON.stringify(rows, null, 2))}\n`);
    expect(stdout).toContain('b\\u009b');
    // One write per group besides the brackets: the whole array is never one text.
    expect(writes).toHaveLength(4);
    const empty = temp('class-empty-');
    expect(await classOf([empty, '--json'])).toEqual({ code: 0, stdout: '[]\n', stderr: '' });
  }, 30_000);

  it('should refuse a missing source and a roster without --clones in one line, exit 2', async () => {
    const { io, out, put } = makeIo();
    put('r.csv', '1,https://github.com/a/b\n');
    expect(await runCli(['class', 'nowhere'], io)).toBe(2);
    expect(await runCli(['class', 'r.csv'], io)).toBe(2);
    expect(out.stderr).toBe(
      'report-wizard: nowhere does not exist: give a folder of clones or a roster CSV.\n' +
        'report-wizard: r.csv is a roster: give the folder holding its clones with --clones DIR.\n',
    );
  });
});
