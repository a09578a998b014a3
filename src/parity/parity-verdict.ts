import type { ParityComparison, ParityTotals } from './compare-results.js';

/** One side's outcome: `28/31 passed`, or the error it stopped with. */
export const parityOutcome = (side: ParityTotals): string =>
  side.fatal === null ? `${side.passed}/${side.total} passed` : `stopped with ${side.fatal}`;

/** The verdict sentence of a parity run, the same in `parity` and on the wizard's parity screen. */
export const parityVerdict = (c: ParityComparison): string => {
  if (c.agree)
    return `They agree on ${c.python.fatal === null ? `all ${c.rows.length} questions` : 'the error report.py stops with'}.`;
  const where = !c.fatalAgree
    ? ' on whether report.py stops with an error'
    : c.disagreements.length > 0
      ? ` on ${c.disagreements.map((n) => `Q${n}`).join(', ')}`
      : '';
  return `They disagree${where}. Staff grade with report.py, so trust it, and please report this to report-wizard.`;
};
