import type * as ChildProcess from 'node:child_process';

/**
 * node:child_process, loaded when git first runs: outside a repository `check` never runs it, and loading it was a
 * twentieth of `check`. The bundled core runs through vm, where import() has no loader, so there it is CommonJS's
 * require (the core's wrapper passes one); the sources under test are ES modules and import it.
 */
const childProcess = async (): Promise<typeof ChildProcess> =>
  typeof require === 'function'
    ? // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
      (require('node:child_process') as typeof ChildProcess)
    : import('node:child_process');

/** Runs `git args` in `cwd` and gives its standard output, or null when git is missing or fails. */
export type RunGit = (args: string[], cwd: string) => Promise<string | null>;

/**
 * The real `RunGit`, on node:child_process: execa costs `check` 165-340 ms to load on this machine, more than
 * `check` itself. GIT_OPTIONAL_LOCKS=0 keeps `git status` from taking the index lock while the student commits.
 */
export const runGit: RunGit = async (args, cwd) => {
  const { execFile } = await childProcess();
  return new Promise((resolve) => {
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
};
