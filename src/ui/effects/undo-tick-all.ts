import type { QueuedDoc, WriteQueue } from '../create-write-queue.js';
import { setBoxes } from '../set-boxes.js';
import type { WizardAction, WizardState } from '../wizard-reducer.js';

/**
 * Writes back the boxes the last tick-all ticked, in one write, and only while the file still holds exactly what
 * the tick-all wrote: after any other change, undoing could untick what the student ticked since.
 */
export const undoTickAll = async (
  writes: WriteQueue<QueuedDoc>,
  state: Pick<WizardState, 'tickAll'>,
  dispatch: (action: WizardAction) => void,
): Promise<void> => {
  const last = state.tickAll;
  if (last === null) return dispatch({ type: 'NOTIFY', message: 'No tick-all to undo.' });
  let holds = false;
  const outcome = await writes.write(
    (report) => {
      holds = report.text === last.text;
      return holds ? setBoxes(report, last.items, false) : report.text;
    },
    (report) => report.text === last.text,
  );
  if (outcome.kind === 'failed') return dispatch({ type: 'NOTIFY', message: outcome.message });
  dispatch({ type: 'TICK_ALL_UNDONE' });
  const n = last.items.length;
  dispatch({
    type: 'NOTIFY',
    message:
      outcome.kind === 'written' && holds
        ? `Unticked the ${n === 1 ? 'item' : `${n} items`} the tick-all ticked.`
        : 'The checklist changed since the tick-all: nothing was undone.',
  });
};
