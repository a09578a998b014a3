import type { RuleInfo } from '../report/lints/lint-rule.js';

/** The lints `gitLints` adds when the report is in a git repository (it needs git, so it is no `LintRule`). */
export const gitRules: readonly RuleInfo[] = [
  {
    id: 'git-uncommitted',
    scope: 'git',
    fixable: null,
    description: 'the report has changes not committed, which staff do not see',
    remedy: 'commit and push',
  },
  {
    id: 'git-unpushed',
    scope: 'git',
    fixable: null,
    description: 'commits not on the upstream, or a branch never pushed',
    remedy: '`git push`',
  },
  {
    id: 'git-branch',
    scope: 'git',
    fixable: null,
    description: "you are not on the remote's default branch, which staff read",
    remedy: 'merge into the default branch',
  },
  {
    id: 'image-untracked',
    scope: 'git',
    fixable: null,
    description: 'an image you link is untracked or ignored, so GitHub and staff do not have it',
    remedy: '`git add` it',
  },
  {
    id: 'image-case',
    scope: 'git',
    fixable: null,
    description:
      'the link differs from the committed file in letter case only, which GitHub does not forgive',
    remedy: 'match the letter case',
  },
];
