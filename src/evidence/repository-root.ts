import { basename, dirname } from 'node:path';
import type { Exec } from '../io/exec.js';

/**
 * The group's repository for a report: the git root above it, else the folder holding `reports/`; null when the
 * report is in neither.
 */
export const repositoryRoot = async (
  reportPath: string,
  io: { exec: Exec; env: Record<string, string> },
): Promise<{ root: string; git: boolean } | null> => {
  const folder = dirname(reportPath);
  const top = await io.exec('git', ['-C', folder, 'rev-parse', '--show-toplevel'], {
    cwd: folder,
    env: io.env,
    timeout: 10_000,
  });
  if (top.exitCode === 0 && top.stdout.trim() !== '') return { root: top.stdout.trim(), git: true };
  if (basename(folder) === 'reports') return { root: dirname(folder), git: false };
  return null;
};
