import type { Lint } from '../report/lints/lint.js';

/** The rules the header shows: what keeps staff from reading the report as it is on disk. */
const shown = ['git-uncommitted', 'git-unpushed', 'git-branch'];

const label = (lint: Lint): string => {
  if (lint.rule === 'git-uncommitted') return 'uncommitted';
  if (lint.rule === 'git-unpushed') return 'unpushed';
  // A branch name holds no blank and no colon (git's rules), so it ends at the `:` or the ` (assumed: …)` after it.
  const branch = /default branch, ([^\s:]+)/.exec(lint.message)?.[1];
  return branch === undefined ? 'not the default branch' : `staff read ${branch}`;
};

/** ` · git: uncommitted, unpushed` for the wizard's header, or nothing when git has nothing to say. */
export const gitHeader = (lints: readonly Lint[]): string => {
  const labels = [...new Set(lints.filter((l) => shown.includes(l.rule)).map(label))];
  return labels.length === 0 ? '' : ` · git: ${labels.join(', ')}`;
};
