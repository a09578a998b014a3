import type { ChecklistItem, Report } from '../../report/model.js';
import { setChecked } from '../../report/set-checked.js';
import type { EffectContext } from './effect-context.js';

// Item `index` of `report` when it is still the item `seen` (same place, week and text).
const sameItem = (report: Report, seen: ChecklistItem): ChecklistItem | undefined =>
  report.items.find((i) => i.index === seen.index && i.week === seen.week && i.text === seen.text);

/**
 * Ticks or unticks checklist item `index` in one write, as its box was when the key was pressed (after the writes
 * queued before it). A change made on disk meanwhile (a CLI `toggle`, an editor) is kept and the box set on top of it,
 * under the writers' lock: a box already set that way stays set, so nothing is lost or done twice.
 */
export const toggleItem = async ({ writes, dispatch }: EffectContext, index: number): Promise<void> => {
  const outcome = await writes.write(
    (report, known) => {
      const seen = known.items.find((i) => i.index === index);
      return seen && sameItem(report, seen) ? setChecked(report, index, !seen.checked) : report.text;
    },
    // A checklist whose items moved or changed on disk is shown again rather than toggled as a guess.
    (report, known) => {
      const seen = known.items.find((i) => i.index === index);
      return seen !== undefined && sameItem(report, seen) !== undefined;
    },
  );
  if (outcome.kind === 'failed') dispatch({ type: 'NOTIFY', message: outcome.message });
  else if (outcome.kind === 'stale')
    dispatch({
      type: 'NOTIFY',
      message: 'The file changed on disk and was read again: press Space again.',
    });
};
