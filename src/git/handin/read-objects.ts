import type { GitProcess } from './git-process.js';

/**
 * The contents of each object name (`SHA`, `SHA:path`) through one `git cat-file --batch`, in order; null for a name
 * git cannot resolve or that is no blob. Names holding a newline cannot be asked for and are null too.
 */
export const readObjects = async (
  git: GitProcess,
  cwd: string,
  names: readonly string[],
): Promise<(Buffer | null)[]> => {
  const asked = names.filter((name) => !name.includes('\n'));
  if (asked.length === 0) return names.map(() => null);
  const outcome = await git(['cat-file', '--batch'], cwd, `${asked.join('\n')}\n`);
  if (!outcome.ok) return names.map(() => null);
  const out = outcome.stdout;
  const found = new Map<string, Buffer | null>();
  let at = 0;
  for (const name of asked) {
    const end = out.indexOf(10, at);
    if (end < 0) break;
    const header = out.toString('utf8', at, end);
    at = end + 1;
    const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (m === null) {
      found.set(name, null); // `NAME missing` or `NAME ambiguous`
      continue;
    }
    const size = Number(m[2]);
    found.set(name, m[1] === 'blob' ? out.subarray(at, at + size) : null);
    at += size + 1;
  }
  return names.map((name) => found.get(name) ?? null);
};

/**
 * The blob id of each object name (`SHA:path`) through one `git cat-file --batch-check`, in order; null where git
 * finds no blob. Cheap (nothing is inflated), so the same file at many commits is read once, by its id.
 */
export const readBlobIds = async (
  git: GitProcess,
  cwd: string,
  names: readonly string[],
): Promise<(string | null)[]> => {
  const asked = names.filter((name) => !name.includes('\n'));
  if (asked.length === 0) return names.map(() => null);
  const outcome = await git(['cat-file', '--batch-check'], cwd, `${asked.join('\n')}\n`);
  if (!outcome.ok) return names.map(() => null);
  const lines = outcome.stdout.toString('utf8').split('\n');
  const found = new Map<string, string | null>();
  asked.forEach((name, i) => {
    const m = /^([0-9a-f]+) (\w+) \d+$/.exec(lines[i] ?? '');
    found.set(name, m !== null && m[2] === 'blob' ? m[1]! : null);
  });
  return names.map((name) => found.get(name) ?? null);
};
