import { setChecked } from '../../report/set-checked.js';
import type { EffectContext } from './effect-context.js';

/** Ticks or unticks checklist item `index` in one write. */
export const toggleItem = async ({ writes, dispatch }: EffectContext, index: number): Promise<void> => {
  const outcome = await writes.write(
    (report) => {
      const item = report.items.find((i) => i.index === index);
      return item ? setChecked(report, index, !item.checked) : report.text;
    },
    // A checklist changed on disk may have moved items: show it again rather than toggle a guess.
    () => false,
  );
  if (outcome.kind === 'failed') dispatch({ type: 'NOTIFY', message: outcome.message });
  else if (outcome.kind === 'stale')
    dispatch({ type: 'NOTIFY', message: 'The file changed on disk and was read again: press Space again.' });
};
