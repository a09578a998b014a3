import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';

/** A process as a lock file records it: a reused pid or another machine's process is not taken for the writer. */
export interface ProcessIdentity {
  pid: number;
  /** Start time in clock ticks since boot (Linux `/proc`), or '' where it cannot be read. */
  start: string;
  host: string;
}

/** When process `pid` started, so a pid reused by a later process does not keep a dead writer's lock alive. */
const startTime = (pid: number): string => {
  try {
    // Field 22 of /proc/PID/stat; the command name before it (field 2, in parentheses) may hold spaces.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? '';
  } catch {
    return '';
  }
};

/** This process's identity. */
export const ownIdentity = (): ProcessIdentity => ({
  pid: process.pid,
  start: startTime(process.pid),
  host: hostname(),
});

/** Whether a process still runs; one on another host, or one we may not signal, counts as running. */
export const isRunning = (identity: Pick<ProcessIdentity, 'pid'> & Partial<ProcessIdentity>): boolean => {
  if (identity.host !== undefined && identity.host !== hostname()) return true;
  try {
    process.kill(identity.pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  if (identity.start === undefined || identity.start === '') return true;
  const now = startTime(identity.pid);
  return now === '' || now === identity.start;
};
