import { execFile } from 'node:child_process';

/** Runs `git args` in `cwd` and gives its standard output, or null when git is missing or fails. */
export type RunGit = (args: string[], cwd: string) => Promise<string | null>;

/**
 * The real `RunGit`, on node:child_process: execa costs `check` 165-340 ms to load on this machine, more than
 * `check` itself. GIT_OPTIONAL_LOCKS=0 keeps `git status` from taking the index lock while the student commits.
 */
export const runGit: RunGit = (args, cwd) =>
  new Promise((resolve) => {
    execFile(
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
