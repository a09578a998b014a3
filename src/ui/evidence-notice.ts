import type { EvidenceScan } from './wizard-reducer.js';

/** Why the evidence keys cannot act yet: no scan in this run, the scan still running, or no repository. */
export const evidenceNotice = (evidence: EvidenceScan | null): string => {
  if (evidence === null) return 'This run looks for no evidence.';
  if (evidence.kind === 'scanning')
    return 'Still looking for evidence in the repository: press the key again soon.';
  if (evidence.kind === 'none') return `No evidence: ${evidence.message}`;
  return '';
};
