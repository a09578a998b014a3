import type { ChecklistItem } from '../../report/model.js';
import type { ChecklistTraces } from '../item-trace.js';
import type { WizardAction } from '../wizard-reducer.js';
import { errorMessage } from './effect-context.js';

/**
 * Looks for the checklist's evidence a task after the first frame, never before it (the scan reads the repository:
 * 0.3-1 s on a big one); once a run, as what would change the evidence happens outside the wizard. Returns the
 * cleanup that cancels a scan not started yet.
 */
export const scanEvidenceLater = (
  scan: ((items: readonly ChecklistItem[]) => Promise<ChecklistTraces | null>) | undefined,
  items: () => readonly ChecklistItem[],
  dispatch: (action: WizardAction) => void,
): (() => void) => {
  if (scan === undefined) return () => undefined;
  const found = (traces: ChecklistTraces | null): void =>
    dispatch(
      traces === null
        ? { type: 'EVIDENCE_MISSING', message: 'the report is in no git repository and no reports/ folder.' }
        : { type: 'EVIDENCE_DONE', traces },
    );
  const failed = (error: unknown): void =>
    dispatch({ type: 'EVIDENCE_MISSING', message: `the scan failed: ${errorMessage(error)}` });
  // A task later: React may run this effect inside the first render call, before Ink has written the frame.
  const timer = setTimeout(() => void scan(items()).then(found, failed), 0);
  return () => clearTimeout(timer);
};
