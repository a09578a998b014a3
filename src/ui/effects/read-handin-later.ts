import type { HandinFacts } from '../../git/handin/handin-facts.js';
import type { WizardAction } from '../wizard-reducer.js';
import { errorMessage } from './effect-context.js';

/**
 * Reads what staff would grade now a task after the first frame (like git's header, the frame is out before git
 * runs), and hands the facts or the reason there are none to the state, stamped with `now()` in milliseconds.
 * Returns the cleanup that cancels a read not started yet and drops one under way.
 */
export const readHandinLater = (
  handin: (() => Promise<HandinFacts>) | undefined,
  dispatch: (action: WizardAction) => void,
  now: () => number,
): (() => void) => {
  if (handin === undefined) return () => undefined;
  let live = true;
  const loaded = (facts: HandinFacts | null, error: string | null): void => {
    if (live) dispatch({ type: 'HANDIN_LOADED', facts, error, now: now() / 1000 });
  };
  dispatch({ type: 'HANDIN_STARTED' });
  const timer = setTimeout(() => {
    handin().then(
      (facts) => loaded(facts, null),
      (error: unknown) => loaded(null, errorMessage(error)),
    );
  }, 0);
  return () => {
    live = false;
    clearTimeout(timer);
  };
};
