import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type MergeChunk, mergeLines } from '../../../src/report/merge/merge-lines.js';
import { splitKeepingEnds } from '../../../src/report/merge/split-keeping-ends.js';
import { gitMergeFile } from './git-merge-file.js';

const lines = (text: string): string[] => splitKeepingEnds(text);

/** The chunks as `git merge-file -p -L ours -L base -L theirs` writes them. */
const asGit = (chunks: MergeChunk[]): string =>
  chunks
    .map((c) =>
      c.kind === 'clean'
        ? c.lines.join('')
        : `<<<<<<< ours\n${c.ours.join('')}=======\n${c.theirs.join('')}>>>>>>> theirs\n`,
    )
    .join('');

const merge = (base: string, ours: string, theirs: string): string =>
  asGit(mergeLines(lines(base), lines(ours), lines(theirs)));

describe('mergeLines', () => {
  it('should take a change made on one side only', () => {
    expect(merge('a\nb\nc\n', 'a\nB\nc\n', 'a\nb\nc\n')).toBe('a\nB\nc\n');
    expect(merge('a\nb\nc\n', 'a\nb\nc\n', 'a\nb\nC\n')).toBe('a\nb\nC\n');
  });

  it('should merge changes of both sides that are a line apart', () => {
    expect(merge('a\nb\nc\nd\ne\n', 'A\nb\nc\nd\ne\n', 'a\nb\nc\nd\nE\n')).toBe('A\nb\nc\nd\nE\n');
  });

  it('should conflict on adjacent lines changed on both sides, as git does', () => {
    expect(merge('a\nb\nc\n', 'A\nb\nc\n', 'a\nB\nc\n')).toBe(
      '<<<<<<< ours\nA\nb\n=======\na\nB\n>>>>>>> theirs\nc\n',
    );
  });

  it('should take the same change made on both sides once', () => {
    expect(merge('a\nb\n', 'a\nX\n', 'a\nX\n')).toBe('a\nX\n');
  });

  it('should keep the lines both sides share out of the conflict', () => {
    expect(merge('a\nb\n', 'a\nx\nsame\n', 'a\ny\nsame\n')).toBe(
      'a\n<<<<<<< ours\nx\n=======\ny\n>>>>>>> theirs\nsame\n',
    );
  });

  it('should compare lines by the key it is given and keep ours where both agree', () => {
    const chunks = mergeLines(['a \n', 'b\n'], ['a\n', 'b\n'], ['a \n', 'B\n'], (l) => l.trimEnd());
    expect(chunks).toEqual([{ kind: 'clean', lines: ['a\n', 'B\n'] }]);
  });

  it.each([
    ['a\nb\nc\nd\n', 'a\nb2\nc\nd\n', 'a\nb\nc\nd2\n'],
    ['a\nb\nc\n', 'x\na\nb\nc\n', 'a\nb\nc\ny\n'],
    ['a\nb\nc\n', 'a\nc\n', 'a\nb\nc\nd\n'],
    ['a\nb\nc\n', 'a\nb1\nc\n', 'a\nb2\nc\n'],
    ['', 'a\n', 'b\n'],
    ['a\n', 'a\nb\n', 'a\nc\n'],
    ['p\n\nq\n\nr\n', 'p\n\nq!\n\nr\n', 'p\n\nq\n\nr!\n'],
  ])('should merge %j like git merge-file', (base, ours, theirs) => {
    expect(merge(base, ours, theirs)).toBe(gitMergeFile(base, ours, theirs).text);
  });

  const text = fc
    .array(fc.constantFrom('a\n', 'b\n', 'c\n', 'd\n', '\n', 'e\n'), { maxLength: 12 })
    .map((l) => l.join(''));

  it('should keep every line either side added, merged or inside a conflict', () => {
    fc.assert(
      fc.property(text, text, text, (base, ours, theirs) => {
        const chunks = mergeLines(lines(base), lines(ours), lines(theirs));
        const kept = chunks.flatMap((c) => (c.kind === 'clean' ? c.lines : [...c.ours, ...c.theirs]));
        const count = (list: string[], line: string): number => list.filter((l) => l === line).length;
        for (const side of [ours, theirs])
          for (const line of new Set(lines(side)))
            expect(count(kept, line)).toBeGreaterThanOrEqual(
              count(lines(side), line) - count(lines(base), line),
            );
      }),
      { numRuns: 500 },
    );
  });

  it('should agree with git merge-file on whether lines conflict, and on the text where they do not', () => {
    fc.assert(
      fc.property(text, text, text, (base, ours, theirs) => {
        const git = gitMergeFile(base, ours, theirs);
        const mine = merge(base, ours, theirs);
        expect(mine.includes('<<<<<<<')).toBe(!git.clean);
        if (git.clean) expect(mine).toBe(git.text);
      }),
      { numRuns: 100 },
    );
  });
});
