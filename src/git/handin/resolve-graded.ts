import type { BranchRef, Refs } from './read-refs.js';

/** The branch staff would read, and what had to be assumed to name it (null: the remote says so itself). */
export interface GradedBranch {
  branch: BranchRef | null;
  /** One line saying what was assumed, or null. */
  assumed: string | null;
}

/**
 * The branch graders read: the remote's default branch (`origin/HEAD`), else the remote's `main` or `master`. In a
 * bare repository (a mirror of GitHub) that is HEAD's branch. Without a remote, or when the remote has none of
 * those, the local `main`/`master` or the current branch stands in, and `assumed` says so.
 */
export const resolveGraded = (refs: Refs, options: { bare: boolean; head: string | null }): GradedBranch => {
  const local = (name: string | undefined): BranchRef | undefined =>
    name === undefined ? undefined : refs.branches.find((b) => b.remote === null && b.name === name);
  if (options.bare) {
    const branch = local(options.head?.replace(/^refs\/heads\//, ''));
    return branch !== undefined
      ? { branch, assumed: null }
      : { branch: null, assumed: 'HEAD names no branch here, so the graded branch is unknown.' };
  }
  const remote = refs.remotes.has('origin') ? 'origin' : [...refs.remotes].sort()[0];
  const onRemote = (name: string | undefined): BranchRef | undefined =>
    name === undefined ? undefined : refs.branches.find((b) => b.remote === remote && b.name === name);
  const current = local(options.head?.replace(/^refs\/heads\//, ''));
  if (remote !== undefined) {
    const named = onRemote(refs.remoteHeads.get(remote));
    if (named !== undefined) return { branch: named, assumed: null };
    for (const name of ['main', 'master']) {
      const guess = onRemote(name);
      if (guess !== undefined)
        return {
          branch: guess,
          assumed:
            `${remote}/HEAD is not set, so ${remote}/${name} is assumed to be the default branch ` +
            `(git remote set-head ${remote} --auto asks GitHub).`,
        };
    }
    const stand = local('main') ?? local('master') ?? current;
    return {
      branch: stand ?? null,
      assumed:
        `${remote} has no HEAD, main or master branch, so what staff read is unknown` +
        (stand === undefined ? '.' : `; shown: your ${stand.name}, as if pushed.`),
    };
  }
  const stand = local('main') ?? local('master') ?? current;
  return {
    branch: stand ?? null,
    assumed:
      'There is no remote: nothing is on GitHub for staff to read' +
      (stand === undefined ? '.' : `; shown: your ${stand.name}, as if pushed.`),
  };
};
