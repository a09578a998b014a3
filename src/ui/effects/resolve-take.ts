import type { ConflictChoice } from '../../report/merge/merge-reports.js';
import { resolveConflicts, resolveOne } from '../screens/resolve/resolve-conflicts.js';
import type { WizardAction } from '../wizard-reducer.js';
import type { EffectContext } from './effect-context.js';

const taken = { ours: 'ours', theirs: 'theirs', both: 'both sides' } as const;

/**
 * Resolves one merge conflict by `choice` in one write under the writers' lock: only that region changes (the
 * `resolve` command's engine); says what was taken and what is left.
 */
export const resolveTake = async (
  { writes, dispatch, resolve }: EffectContext,
  key: string,
  label: string,
  choice: ConflictChoice,
  then: WizardAction[] = [],
): Promise<void> => {
  if (resolve === undefined) return;
  const outcome = await writes.write(
    (report) => resolveOne(report.text, resolve.source, key, choice),
    () => true,
  );
  if (outcome.kind === 'failed') return dispatch({ type: 'NOTIFY', message: outcome.message });
  const list = resolveConflicts(writes.current().text, resolve.source);
  const left = list.ok ? list.conflicts.length : 0;
  dispatch({ type: 'SELECT_RESOLVE', index: 0 });
  dispatch({
    type: 'NOTIFY',
    message:
      `Took ${taken[choice]} in ${label}. ` +
      (left > 0
        ? `${left} conflict${left === 1 ? '' : 's'} left.`
        : `No conflict left: a runs ${resolve.command}.`),
  });
  for (const action of then) dispatch(action);
};
