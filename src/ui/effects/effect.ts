import type { WizardAction } from '../wizard-reducer.js';

/** A side effect a key handler asks for: the handlers stay pure, `createEffects` runs these. */
export type Effect =
  | { kind: 'toggle'; index: number }
  | { kind: 'tickAll' }
  | { kind: 'undoTickAll' }
  | { kind: 'parity' }
  | { kind: 'writeAllAndQuit' }
  /** Writes a question's draft, then applies `then` (a move to another screen). */
  | { kind: 'writeAnswer'; number: number; then: WizardAction[] };
