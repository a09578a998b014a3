import type { HandinFacts } from '../../git/handin/handin-facts.js';
import type { WizardAction } from '../wizard-reducer.js';
import { errorMessage } from './effect-context.js';

/** The hand-in reads of one wizard: `reread` asks for the facts again (a push, a commit), `close` ends them. */
export interface HandinReads {
  reread: () => void;
  close: () => void;
}

/**
 * Reads what staff would grade now a task after the first frame (like git's header, the frame is out before git
 * runs), and again on each `reread`, one read at a time: asked while one runs, it reads once more after (as the git
 * header's refresh), so the facts shown are never older than the last change seen. Hands the facts or the reason
 * there are none to the state, stamped with `now()` in milliseconds; `close` cancels a read not started yet and
 * drops one under way.
 */
export const readHandinLater = (
  handin: (() => Promise<HandinFacts>) | undefined,
  dispatch: (action: WizardAction) => void,
  now: () => number,
): HandinReads => {
  if (handin === undefined) return { reread: () => undefined, close: () => undefined };
  let live = true;
  let started = false;
  let running = false;
  let again = false;
  const loaded = (facts: HandinFacts | null, error: string | null): void => {
    if (live) dispatch({ type: 'HANDIN_LOADED', facts, error, now: now() / 1000 });
  };
  const read = (): void => {
    if (!live) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    again = false;
    handin()
      .then(
        (facts) => loaded(facts, null),
        (error: unknown) => loaded(null, errorMessage(error)),
      )
      .finally(() => {
        running = false;
        if (again) read();
      });
  };
  dispatch({ type: 'HANDIN_STARTED' });
  const timer = setTimeout(() => {
    started = true;
    read();
  }, 0);
  return {
    // Before the first read starts, that read sees the change anyway.
    reread: () => {
      if (started) read();
    },
    close: () => {
      live = false;
      clearTimeout(timer);
    },
  };
};
