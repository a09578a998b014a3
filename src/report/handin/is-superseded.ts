/** One version of a report in a branch's history: its commit time (seconds) and text. */
export interface ReportVersion {
  time: number;
  text: string;
}

/** The oldest time a version holds `answer` (versions in any order), or null. */
export const answerSince = (versions: readonly ReportVersion[], answer: string): number | null => {
  let since: number | null = null;
  for (const v of versions) if (v.text.includes(answer) && (since === null || v.time < since)) since = v.time;
  return since;
};

/**
 * Whether a branch's answer is likely an older draft the default branch replaced on purpose (the hand-in corpus's
 * rule): its text was on the default branch before, or the default branch's own text is the newer one.
 */
export const isSuperseded = (options: {
  answer: string;
  defaultAnswer: string | null;
  branchHistory: readonly ReportVersion[];
  defaultHistory: readonly ReportVersion[];
}): boolean => {
  if (answerSince(options.defaultHistory, options.answer) !== null) return true;
  if (options.defaultAnswer === null || options.defaultAnswer === '') return false;
  const branchSince = answerSince(options.branchHistory, options.answer);
  const defaultSince = answerSince(options.defaultHistory, options.defaultAnswer);
  return branchSince !== null && defaultSince !== null && defaultSince > branchSince;
};
