import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { makeIo } from '../helpers/make-io.js';

const fixture = readFileSync(new URL('../fixtures/reports/minimal-2026.md', import.meta.url), 'utf8');
/** The fixture with question n's placeholder line (not the preamble's example of it) replaced. */
const answered = (n: number, text: string, base = fixture): string =>
  base.replace(`\n--- question ${n} fill here ---\n`, `\n${text}\n`);

/** Runs the driver on three versions in a temp folder: its exit code, stderr and what it left in OURS. */
const drive = async (base: string | Uint8Array, ours: string | Uint8Array, theirs: string | Uint8Array) => {
  const { io, out, put, cwd } = makeIo({ env: { PATH: process.env.PATH ?? '' } });
  put('base', base);
  put('ours', ours);
  put('theirs', theirs);
  const code = await runCli(['merge-driver', 'base', 'ours', 'theirs', 'reports/README.md'], io);
  return { code, stderr: out.stderr, result: readFileSync(join(cwd, 'ours')) };
};

/** What `git merge-file` makes of the same three versions, in the same way. */
const gitMerge = (base: string | Uint8Array, ours: string | Uint8Array, theirs: string | Uint8Array) => {
  const { put, cwd } = makeIo();
  put('base', base);
  put('ours', ours);
  put('theirs', theirs);
  let status = 0;
  try {
    execFileSync(
      'git',
      ['merge-file', '-L', 'ours', '-L', 'base', '-L', 'theirs', 'ours', 'base', 'theirs'],
      {
        cwd,
        stdio: 'pipe',
      },
    );
  } catch (error) {
    // Conflicts: git merge-file exits with their number (255 when it cannot merge at all).
    status = (error as { status: number }).status;
  }
  return { status, result: readFileSync(join(cwd, 'ours')) };
};

describe('merge-driver', () => {
  it('should write the merge into OURS and exit 0 when it is clean', async () => {
    const run = await drive(fixture, answered(1, 'Group 7.'), answered(2, 's1, s2'));
    expect(run).toEqual({
      code: 0,
      stderr: '',
      result: Buffer.from(answered(2, 's1, s2', answered(1, 'Group 7.'))),
    });
  });

  it('should leave markers labelled with the question inside its answer and exit 1', async () => {
    const run = await drive(fixture, answered(31, 'Anna did it.'), answered(31, 'Bo did it.'));
    expect(run.code).toBe(1);
    expect(run.result.toString()).toBe(
      answered(
        31,
        '<<<<<<< ours (Question 31)\nAnna did it.\n=======\nBo did it.\n>>>>>>> theirs (Question 31)',
      ),
    );
    expect(run.stderr).toBe(
      'report-wizard: reports/README.md: merged question by question; conflicts left in Question 31 ' +
        '(resolve them: report-wizard resolve --ours | --theirs | --both).\n',
    );
  });

  const ours = answered(1, 'Group 7.');
  const theirs = answered(1, 'Group 8.');
  it.each([
    [
      'a side that is not UTF-8',
      fixture,
      Buffer.from(ours.replace('Group 7.', 'Gr\xf8up 7.'), 'latin1'),
      theirs,
      'the ours version is not UTF-8 text',
    ],
    [
      'an empty side (the file deleted on a branch)',
      fixture,
      ours,
      '',
      'the theirs version is empty (was the report deleted on one branch?)',
    ],
    ['a binary side', fixture, ours, 'PNG\0\0', 'the theirs version is binary (it holds NUL bytes)'],
    ['a binary base', 'PNG\0\0', ours, theirs, 'the base version is binary (it holds NUL bytes)'],
    [
      'markers inside a code block',
      answered(5, '```\n<<<<<<< HEAD\nx\n=======\ny\n>>>>>>> b\n```'),
      ours,
      theirs,
      'the base version already holds a conflict marker on line',
    ],
    [
      'nested markers',
      fixture,
      answered(3, '<<<<<<< a\n<<<<<<< b\nx\n=======\n>>>>>>> b\n>>>>>>> a', ours),
      theirs,
      'the ours version already holds a conflict marker on line',
    ],
    [
      'an unbalanced marker',
      fixture,
      ours,
      answered(3, 'x\n>>>>>>> theirs', theirs),
      'the theirs version already holds a conflict marker on line',
    ],
    [
      'another structure',
      fixture,
      ours.replace('### Question 4\n', ''),
      theirs,
      'the three versions do not share one structure',
    ],
  ])("should say why and run git's own line merge for %s", async (_, base, o, t, reason) => {
    const expected = gitMerge(base, o, t);
    const run = await drive(base, o, t);
    expect(run.stderr).toContain(
      `report-wizard: cannot merge reports/README.md question by question: ${reason}`,
    );
    expect(run.stderr).toContain("; using git's own line merge (git merge-file).\n");
    expect(run.result.equals(expected.result)).toBe(true);
    expect(run.code).toBe(expected.status === 0 ? 0 : 1);
  });

  it('should say when git cannot merge a binary side either, leaving ours as a conflict', async () => {
    const run = await drive(fixture, ours, 'PNG\0\0');
    expect(run.stderr.split('\n')[1]).toBe(
      'report-wizard: git merge-file cannot merge it either (error: Cannot merge binary files: theirs): ' +
        'ours is left as it was, marked as a conflict.',
    );
    expect(run.result.toString()).toBe(ours);
  });

  it('should refuse fewer than three files with its usage', async () => {
    const { io, out } = makeIo();
    expect(await runCli(['merge-driver', 'a', 'b'], io)).toBe(2);
    expect(out.stderr).toBe(
      'report-wizard: Give BASE, OURS and THEIRS (git passes %O %A %B %P) (usage: report-wizard merge-driver BASE OURS THEIRS [PATH])\n',
    );
  });
});
