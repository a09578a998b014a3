/** One commit as `git rev-list --format` gives it. */
export interface Commit {
  sha: string;
  parents: string[];
  /** Committer date, seconds since the epoch (what the corpus and graders' scrapes go by). */
  time: number;
  subject: string;
}

/** The commits reachable from the refs asked for, by sha. */
export type CommitGraph = Map<string, Commit>;

/** The `git rev-list` arguments whose output `parseCommitGraph` reads. */
export const commitGraphFormat = ['--no-commit-header', '--format=%H %P%x1f%ct%x1f%s'];

/** Reads `git rev-list --no-commit-header --format=%H %P%x1f%ct%x1f%s …`. */
export const parseCommitGraph = (output: string): CommitGraph => {
  const graph: CommitGraph = new Map();
  for (const line of output.split('\n')) {
    if (line === '') continue;
    const [ids = '', time = '0', subject = ''] = line.split('\x1f');
    const [sha = '', ...parents] = ids.split(' ').filter(Boolean);
    graph.set(sha, { sha, parents, time: Number(time), subject });
  }
  return graph;
};

/**
 * Whether `subject` is a merge `git pull` made on a local copy of the branch it names: `Merge branch 'B' of URL` or
 * `Merge remote-tracking branch 'origin/B'`, with `into B`, or with no `into` (git's way for main and master) when B
 * is `branch`, main or master. Its second parent is what the server had.
 */
export const isPullMerge = (subject: string, branch: string): boolean => {
  const m =
    /^Merge branch '(.+?)' of \S+(?: into (.+))?$/.exec(subject) ??
    /^Merge remote-tracking branch '[^/']+\/(.+?)'(?: into (.+))?$/.exec(subject);
  if (m === null) return false;
  // Git leaves out `into X` when X is main or master: then the merge was made there, wherever the walk came from.
  return m[2] === undefined ? m[1] === branch || m[1] === 'main' || m[1] === 'master' : m[2] === m[1];
};

/**
 * The commit `branch` pointed at when `time` came, walking back from `tip` along the branch's own line: the first
 * parent, except at a local `git pull` merge, where the second parent is the server's line. Null when the line
 * starts after `time` (or leaves the graph, in a shallow clone).
 */
export const commitAt = (graph: CommitGraph, tip: string, branch: string, time: number): Commit | null => {
  let commit = graph.get(tip);
  while (commit !== undefined && commit.time > time) {
    const next =
      commit.parents.length > 1 && isPullMerge(commit.subject, branch)
        ? commit.parents[1]
        : commit.parents[0];
    commit = next === undefined ? undefined : graph.get(next);
  }
  return commit ?? null;
};

/** Every commit reachable from `from` (itself included), stopping at commits in `stop`. */
export const ancestors = (
  graph: CommitGraph,
  from: readonly string[],
  stop?: ReadonlySet<string>,
): Set<string> => {
  const seen = new Set<string>();
  const todo = [...from];
  while (todo.length > 0) {
    const sha = todo.pop()!;
    if (seen.has(sha) || stop?.has(sha) === true) continue;
    seen.add(sha);
    for (const parent of graph.get(sha)?.parents ?? []) todo.push(parent);
  }
  return seen;
};
