import type { CliIo } from '../io/cli-io.js';
import { execWithExeca } from '../parity/exec-with-execa.js';
import type { ChecklistItem } from '../report/model.js';
import { evidenceCounts } from './evidence-counts.js';
import { reportEvidence } from './report-evidence.js';

/**
 * The evidence counts `status` shows and whether the scan was cut short (no git, too many files), or null when the
 * report is in no repository or git cannot run. Loaded only when `status` runs (dist/lazy/), so `check` never pays for
 * execa or the rules.
 */
export const statusEvidence = async (
  reportPath: string,
  items: readonly ChecklistItem[],
  io: Pick<CliIo, 'fs' | 'env'>,
): Promise<{ evidenceNotTicked: number; tickedNoTrace: number; cut: boolean } | null> => {
  if (items.length === 0) return null;
  try {
    const found = await reportEvidence(reportPath, items, { fs: io.fs, exec: execWithExeca, env: io.env });
    return found === null ? null : { ...evidenceCounts(found.items), cut: found.cut };
  } catch {
    return null;
  }
};
