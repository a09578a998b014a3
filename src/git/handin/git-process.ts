import { execFile } from 'node:child_process';

/** What one git run gave: its output as bytes, or why it failed (`missing`: no git on PATH). */
export type GitOutcome =
  { ok: true; stdout: Buffer } | { ok: false; missing: boolean; timedOut: boolean; stderr: string };

/** Runs `git args` in `cwd` (writing `input` to its standard input), never throwing; a test passes a fake. */
export type GitProcess = (
  args: string[],
  cwd: string,
  input?: string,
  timeoutMs?: number,
) => Promise<GitOutcome>;

/**
 * The real `GitProcess`, on node:child_process. Output stays bytes: `cat-file --batch` gives sizes in bytes, and a
 * report may hold any UTF-8. GIT_OPTIONAL_LOCKS=0 keeps git from taking the index lock while the student commits.
 */
export const gitProcess: GitProcess = (args, cwd, input, timeoutMs = 20_000) =>
  new Promise((resolve) => {
    const child = execFile(
      'git',
      args,
      {
        cwd,
        encoding: 'buffer',
        maxBuffer: 512 * 1024 * 1024,
        timeout: timeoutMs,
        env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0' },
      },
      (error, stdout, stderr) => {
        if (error === null) resolve({ ok: true, stdout });
        else
          resolve({
            ok: false,
            missing: (error as NodeJS.ErrnoException).code === 'ENOENT',
            timedOut: error.killed === true || (error as { signal?: string }).signal === 'SIGTERM',
            stderr: stderr.toString('utf8').trim(),
          });
      },
    );
    // A git that exits before reading its input (a bad revision) closes the pipe: that error is the run's, not ours.
    child.stdin?.on('error', () => {});
    child.stdin?.end(input ?? '');
  });
