import type { Exec } from '../io/exec.js';

/** The real `Exec`: execa, loaded only when parity runs so that other commands never pay for it. */
export const execWithExeca: Exec = async (file, args, options) => {
  const { execa } = await import('execa');
  const result = await execa(file, args, {
    cwd: options.cwd,
    env: options.env,
    extendEnv: false,
    timeout: options.timeout,
    reject: false,
    stdin: 'ignore',
    stripFinalNewline: false,
  });
  return {
    exitCode: result.exitCode,
    stdout: result.stdout,
    stderr: result.stderr,
    timedOut: result.timedOut,
    failed: result.failed,
    ...('code' in result && typeof result.code === 'string' ? { code: result.code } : {}),
    ...(result.failed && 'shortMessage' in result ? { shortMessage: result.shortMessage } : {}),
  };
};
