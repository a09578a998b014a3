import type { QueuedDoc, WriteQueue } from '../create-write-queue.js';
import type { ParityResult, WizardAction, WizardState } from '../wizard-reducer.js';

/** What effects work with: the write queue, the newest state, dispatch, and the optional outside runs. */
export interface EffectContext {
  writes: WriteQueue<QueuedDoc>;
  getState: () => WizardState;
  dispatch: (action: WizardAction) => void;
  /** Absolute path of the report. */
  path: string;
  runParity?: ((reportPath: string) => Promise<ParityResult>) | undefined;
  preview?: ((question: number) => Promise<string>) | undefined;
}

/** An error's message, for a notice. */
export const errorMessage = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);
