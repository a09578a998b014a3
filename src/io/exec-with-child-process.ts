import { execFile } from 'node:child_process';
import type { Exec } from './exec.js';

/**
 * An `Exec` on node:child_process, for paths that must start fast (the merge driver runs inside `git merge`):
 * loading execa costs more than the merge.
 */
export const execWithChildProcess: Exec = (file, args, options) =>
  new Promise((resolve) => {
    execFile(
      file,
      args,
      {
        cwd: options.cwd,
        env: options.env,
        timeout: options.timeout,
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        if (error === null) {
          resolve({ exitCode: 0, stdout, stderr, timedOut: false, failed: false });
          return;
        }
        const code = typeof error.code === 'string' ? error.code : undefined;
        const exitCode = typeof error.code === 'number' ? error.code : undefined;
        resolve({
          ...(exitCode === undefined ? {} : { exitCode }),
          stdout,
          stderr,
          timedOut: error.killed === true && error.signal === 'SIGTERM',
          failed: true,
          ...(code === undefined ? {} : { code }),
          shortMessage: error.message.split('\n')[0]!,
        });
      },
    );
  });
