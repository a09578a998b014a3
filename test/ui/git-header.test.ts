import { describe, expect, it } from 'vitest';
import type { Lint } from '../../src/report/lints/lint.js';
import { gitHeader } from '../../src/ui/git-header.js';

const lint = (rule: string, message = ''): Lint => ({ rule, question: null, line: null, message });

describe('gitHeader', () => {
  it('should say nothing when git has nothing to say', () => {
    expect(gitHeader([])).toBe('');
    expect(gitHeader([{ ...lint('image-untracked'), question: 3, line: 40 }])).toBe('');
  });

  it('should name uncommitted and unpushed work and the branch staff read', () => {
    expect(
      gitHeader([
        lint('git-uncommitted'),
        lint('git-unpushed'),
        lint(
          'git-branch',
          "You are on branch draft, but staff read origin's default branch, main: the report counts only once it is merged into main and pushed.",
        ),
      ]),
    ).toBe(' · git: uncommitted, unpushed, staff read main');
  });

  it('should name the branch alone when it is assumed (no origin/HEAD), not the start of the reason', () => {
    expect(
      gitHeader([
        lint(
          'git-branch',
          "You are on branch draft, but staff read origin's default branch, main (assumed: origin/HEAD is not set; git remote set-head origin --auto asks GitHub): the report counts only once it is merged into main and pushed.",
        ),
      ]),
    ).toBe(' · git: staff read main');
  });
});
