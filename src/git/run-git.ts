import type { execFile as ExecFile } from 'node:child_process';

// Loaded when git first runs: outside a repository `check` never does, and loading child_process is a twentieth of
// its time.
let execFile: typeof ExecFile | undefined;

/** Runs `git args` in `cwd` and gives its standard output, or null when git is missing or fails. */
export type RunGit = (args: string[], cwd: string) => Promise<string | null>;

/**
 * The real `RunGit`, on node:child_process: execa costs `check` 165-340 ms to load on this machine, more than
 * `check` itself. GIT_OPTIONAL_LOCKS=0 keeps `git status` from taking the index lock while the student commits.
 */
export const runGit: RunGit = async (args, cwd) => {
  execFile ??= (await import('node:child_process')).execFile;
  const run = execFile;
  return new Promise((resolve) => {
    run(
      'git',
      args,
      {
        cwd,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        timeout: 10_000,
        env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' },
      },
      (error, stdout) => resolve(error ? null : stdout),
    );
  });
};
