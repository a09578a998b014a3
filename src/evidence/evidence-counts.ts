import type { ItemEvidence } from './find-evidence.js';

/** The two counts `status` and the wizard's checklist show: evidence but not ticked, ticked but no trace. */
export const evidenceCounts = (
  items: readonly Pick<ItemEvidence, 'suggestion'>[],
): { evidenceNotTicked: number; tickedNoTrace: number } => ({
  evidenceNotTicked: items.filter((i) => i.suggestion === 'check').length,
  tickedNoTrace: items.filter((i) => i.suggestion === 'uncheck').length,
});
