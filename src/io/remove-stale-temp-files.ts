import { link, readdir, unlink } from 'node:fs/promises';
import { isRunning } from './process-identity.js';

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The name of this process's temporary file for `base`: hidden, and recognisable as report-wizard's. */
export const tempFileName = (base: string): string => `.${base}.report-wizard-${process.pid}.tmp`;

/**
 * Removes what writers killed mid-write left beside `base` in `dir`: temporary files (today's names and the older
 * `.README.md.PID.MS.tmp`), locks moved aside to be broken, and a report moved aside for a swap (put back first when
 * no report is there). Each name carries its process's pid; only those of ended processes go. Run while holding the
 * lock, so no writer of this process is using its own.
 */
export const removeStaleTempFiles = async (dir: string, base: string): Promise<void> => {
  const pattern = new RegExp(
    `^\\.${escape(base)}\\.(?:report-wizard-(\\d+)\\.tmp|(\\d+)\\.\\d+\\.tmp|report-wizard\\.lock\\.(\\d+)\\.\\d+\\.stale|report-wizard-(\\d+)\\.aside)$`,
  );
  const names = await readdir(dir).catch(() => []);
  for (const name of names) {
    const match = pattern.exec(name);
    if (match === null) continue;
    const pid = Number(match[1] ?? match[2] ?? match[3] ?? match[4]);
    if (pid !== process.pid && isRunning({ pid })) continue;
    // A link never replaces a report that is there: a leftover aside copy is only ever the older text.
    if (match[4] !== undefined) await link(`${dir}/${name}`, `${dir}/${base}`).catch(() => undefined);
    await unlink(`${dir}/${name}`).catch(() => undefined);
  }
};
