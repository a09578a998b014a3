import type { ParityResult } from '../wizard-reducer.js';
import { type EffectContext, errorMessage } from './effect-context.js';

/** Starts report.py's parity run; only the newest run's result reaches the screen (one started before Esc is dropped). */
export const createParityRun = ({ runParity, path, dispatch }: EffectContext): (() => void) => {
  let runs = 0;
  return () => {
    if (runParity === undefined) {
      dispatch({ type: 'NOTIFY', message: 'The parity check is not available in this build.' });
      return;
    }
    dispatch({ type: 'PARITY_STARTED' });
    const run = ++runs;
    const done = (result: ParityResult): void => {
      if (runs === run) dispatch({ type: 'PARITY_DONE', result });
    };
    runParity(path).then(done, (error: unknown) =>
      done({ report: null, error: `The parity check failed: ${errorMessage(error)}` }),
    );
  };
};
