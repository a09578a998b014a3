import { parityLines } from '../../parity-lines.js';
import type { ParityView } from '../../wizard-reducer.js';

/** Rows of the scrolled part that fit under the verdict: what paging and End use. */
export const parityBodyRows = (
  parity: ParityView,
  width: number,
  height: number,
): { rows: number; total: number } => {
  if (parity.result === null) return { rows: 0, total: 0 };
  const { verdict, body } = parityLines(parity.result, width);
  // The title, the verdict and, when the rest does not fit, one row saying how far down it is.
  const room = Math.max(1, height - 1 - verdict.length);
  return { rows: body.length > room ? Math.max(1, room - 1) : room, total: body.length };
};
