import type { CliIo } from '../io/cli-io.js';
import { execWithChildProcess } from '../io/exec-with-child-process.js';
import type { ChecklistItem } from '../report/model.js';
import { evidenceCounts } from './evidence-counts.js';
import { reportEvidence } from './report-evidence.js';

/**
 * The evidence counts `status` shows and whether the scan was cut short (no git, too many files), or null when the
 * report is in no repository or git cannot run. Loaded only when `status` runs (dist/lazy/), so `check` never pays for
 * the rules. git runs through node:child_process: loading execa would cost more than the git calls.
 */
export const statusEvidence = async (
  reportPath: string,
  items: readonly ChecklistItem[],
  io: Pick<CliIo, 'env'>,
): Promise<{ evidenceNotTicked: number; tickedNoTrace: number; cut: boolean } | null> => {
  if (items.length === 0) return null;
  try {
    const found = await reportEvidence(reportPath, items, { exec: execWithChildProcess, env: io.env });
    return found === null ? null : { ...evidenceCounts(found.items), cut: found.cut };
  } catch {
    return null;
  }
};
