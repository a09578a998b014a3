import type { QueuedDoc, WriteQueue } from '../create-write-queue.js';
import { evidenceNotice } from '../evidence-notice.js';
import { itemSuggestion } from '../item-suggestion.js';
import { setBoxes } from '../set-boxes.js';
import type { WizardAction, WizardState } from '../wizard-reducer.js';

const items = (n: number): string => `${n} item${n === 1 ? '' : 's'}`;

/**
 * Ticks every item with evidence that is not ticked, in one write through the wizard's queue (under the report's
 * lock), and records what it wrote so `undoTickAll` can write the boxes back.
 */
export const tickAll = async (
  writes: WriteQueue<QueuedDoc>,
  state: Pick<WizardState, 'evidence'>,
  dispatch: (action: WizardAction) => void,
): Promise<void> => {
  const { evidence } = state;
  if (evidence?.kind !== 'found') return dispatch({ type: 'NOTIFY', message: evidenceNotice(evidence) });
  let ticked: number[] = [];
  let written = '';
  // Decided on the text the write applies to: a toggle queued before this one counts.
  const outcome = await writes.write(
    (report) => {
      ticked = report.items
        .filter((item) => itemSuggestion(item, evidence.traces) === 'check')
        .map((item) => item.index);
      written = setBoxes(report, ticked, true);
      return written;
    },
    () => true,
  );
  if (outcome.kind === 'failed') return dispatch({ type: 'NOTIFY', message: outcome.message });
  if (outcome.kind === 'stale' || ticked.length === 0)
    return dispatch({ type: 'NOTIFY', message: 'No unticked item has evidence.' });
  dispatch({ type: 'TICKED_ALL', items: ticked, text: written });
  dispatch({
    type: 'NOTIFY',
    message: `Ticked ${items(ticked.length)} with evidence in one write: u undoes it.`,
  });
};
