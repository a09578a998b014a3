// Characters no POSIX shell treats specially (in any position but a leading `~` or `=`, which these never start).
const plain = /^[\w@%+,./:=-]+$/;

/**
 * One argument of a command we suggest, as a POSIX shell reads it: as it is when it holds only plain characters,
 * else in single quotes (a `'` inside written `'\''`), so that `git add reports/figures/Artifact Registry.PNG` becomes
 * `git add 'reports/figures/Artifact Registry.PNG'`. The one quoting every suggested command uses.
 */
export const shellQuote = (arg: string): string =>
  plain.test(arg) && !arg.startsWith('~') && !arg.startsWith('=') ? arg : `'${arg.replace(/'/g, "'\\''")}'`;
