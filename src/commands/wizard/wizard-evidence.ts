import type { CliIo } from '../../io/cli-io.js';
import type { ChecklistItem } from '../../report/model.js';
import type { ChecklistTraces } from '../../ui/item-trace.js';

/** The evidence scan the checklist shows: src/evidence and execa, loaded only once the first frame is out. */
export const wizardEvidence =
  (io: CliIo, reportPath: string) =>
  async (items: readonly ChecklistItem[]): Promise<ChecklistTraces | null> => {
    const [{ checklistTraces }, { execWithExeca }] = await Promise.all([
      import('../checklist-traces.js'),
      import('../../parity/exec-with-execa.js'),
    ]);
    return checklistTraces(reportPath, items, { exec: execWithExeca, env: io.env });
  };
