import type { Exec } from './exec.js';

// Windows has no process groups to signal; there execa's own timeout kills the child.
const groups = process.platform !== 'win32';

/** Kills every process of the group led by `pid`; none left is fine. */
const killGroup = (pid: number | undefined): void => {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // ESRCH: the group is already gone.
  }
};

/**
 * The real `Exec`: execa, loaded only when parity runs so that other commands never pay for it. The child leads a
 * process group of its own, and the whole group is killed at the timeout and once the child exits: a grandchild that
 * keeps stdout open (report.py starting a server, say) would otherwise hold the result until it ends.
 */
export const execWithExeca: Exec = async (file, args, options) => {
  const { execa } = await import('execa');
  const subprocess = execa(file, args, {
    cwd: options.cwd,
    env: options.env,
    extendEnv: false,
    reject: false,
    stdin: 'ignore',
    stripFinalNewline: false,
    ...(options.maxBuffer === undefined ? {} : { maxBuffer: options.maxBuffer }),
    ...(groups ? { detached: true } : { timeout: options.timeout }),
  });
  let timedOut = false;
  const timer = groups
    ? setTimeout(() => {
        timedOut = true;
        killGroup(subprocess.pid);
      }, options.timeout)
    : undefined;
  if (groups) subprocess.on('exit', () => killGroup(subprocess.pid));
  const result = await subprocess;
  clearTimeout(timer);
  return {
    exitCode: timedOut ? undefined : result.exitCode,
    stdout: result.stdout,
    stderr: result.stderr,
    timedOut: timedOut || result.timedOut,
    failed: result.failed,
    ...(result.isMaxBuffer ? { outputCut: true } : {}),
    ...('code' in result && typeof result.code === 'string' ? { code: result.code } : {}),
    ...(result.failed && 'shortMessage' in result ? { shortMessage: result.shortMessage } : {}),
  };
};
