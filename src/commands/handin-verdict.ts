import type { HandinFacts } from '../git/handin/handin-facts.js';

/**
 * Whether what staff would grade is what the work tree shows and passes: a graded report on the remote, at
 * `reports/README.md`, passing report.py, no stranded answer (older drafts aside), no missing image, nothing after
 * the deadline, and nothing uncommitted, unpushed or unmerged.
 */
export const handinPasses = (facts: HandinFacts): boolean => {
  const check = facts.judgement?.check;
  const onRemote = facts.bare || facts.graded?.ref.startsWith('refs/remotes/') === true;
  const local = facts.local;
  return (
    onRemote &&
    facts.report?.foundBy === 'standard' &&
    check !== undefined &&
    check.fatal === null &&
    check.passed === check.total &&
    facts.stranded.every((s) => s.likelySuperseded) &&
    facts.missingImages.length === 0 &&
    facts.afterDeadline.length === 0 &&
    (facts.bare ||
      (local.uncommitted === false &&
        (local.unpushed ?? 0) === 0 &&
        local.branchMerged === true &&
        local.matchesGraded === true))
  );
};
