/** A branch: local (`refs/heads/X`) or remote-tracking (`refs/remotes/R/X`). */
export interface BranchRef {
  /** The full ref name. */
  ref: string;
  /** The branch's name as its owner spells it (`X`), what `git pull` merge messages name. */
  name: string;
  /** The remote of a remote-tracking branch, null for a local one. */
  remote: string | null;
  sha: string;
  /** The upstream of a local branch (`refs/remotes/origin/X`), or null. */
  upstream: string | null;
}

/** The branches and each remote's HEAD, from `git for-each-ref`. */
export interface Refs {
  branches: BranchRef[];
  /** Remote name → the branch its HEAD points at (`origin` → `main`). */
  remoteHeads: Map<string, string>;
  remotes: Set<string>;
}

/** The `git for-each-ref` arguments whose output `parseRefs` reads. */
export const refsArgs = [
  'for-each-ref',
  '--format=%(refname)%00%(objectname)%00%(symref)%00%(upstream)%00%(objecttype)',
  'refs/heads',
  'refs/remotes',
];

/** Reads the output of `refsArgs`; refs that are no commit (a tag-like oddity) are left out. */
export const parseRefs = (output: string): Refs => {
  const refs: Refs = { branches: [], remoteHeads: new Map(), remotes: new Set() };
  for (const line of output.split('\n')) {
    if (line === '') continue;
    const [ref = '', sha = '', symref = '', upstream = '', type = ''] = line.split('\0');
    const remote = /^refs\/remotes\/([^/]+)\/(.+)$/.exec(ref);
    if (remote !== null) refs.remotes.add(remote[1]!);
    if (remote !== null && remote[2] === 'HEAD') {
      const target = new RegExp(
        `^refs/remotes/${remote[1]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/(.+)$`,
      ).exec(symref);
      if (target !== null) refs.remoteHeads.set(remote[1]!, target[1]!);
      continue;
    }
    if (type !== 'commit') continue;
    if (remote !== null)
      refs.branches.push({ ref, name: remote[2]!, remote: remote[1]!, sha, upstream: null });
    else if (ref.startsWith('refs/heads/'))
      refs.branches.push({
        ref,
        name: ref.slice('refs/heads/'.length),
        remote: null,
        sha,
        upstream: upstream === '' ? null : upstream,
      });
  }
  return refs;
};
