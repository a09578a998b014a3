import { conflictMarkerLine } from '../../report/merge/conflict-marker-line.js';
import { type EffectContext, type WizardResolve, errorMessage } from './effect-context.js';

/**
 * The report's merge conflicts as `text` holds them, looked for again (git's index, markers); when found they become
 * the context's `resolve`, which the frame is told of. Null when there are none or they cannot be read.
 */
export const findConflicts = async (context: EffectContext, text: string): Promise<WizardResolve | null> => {
  const { findResolve } = context;
  let found: WizardResolve | null;
  try {
    found =
      findResolve === undefined
        ? conflictMarkerLine.test(text)
          ? (context.resolve ?? null)
          : null
        : await findResolve(text);
  } catch (error) {
    context.dispatch({
      type: 'NOTIFY',
      message: `Looking for merge conflicts failed: ${errorMessage(error)}`,
    });
    return null;
  }
  if (found !== null) {
    context.resolve = found;
    context.setResolve?.(found);
  }
  return found;
};
