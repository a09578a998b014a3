import type { EffectContext } from './effect-context.js';
import { findConflicts } from './find-conflicts.js';

/**
 * The overview's `r`: looks for the report's merge conflicts as the file holds them now (a `git pull` since the
 * start, or the screen left with Esc) and opens the Resolve screen on them, or says there are none.
 */
export const openResolve = async (context: EffectContext): Promise<void> => {
  const found = await findConflicts(context, context.writes.current().text);
  context.dispatch(
    found === null
      ? { type: 'NOTIFY', message: 'The report has no merge conflicts: nothing to resolve.' }
      : { type: 'OPEN_RESOLVE' },
  );
};
