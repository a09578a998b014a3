import type { ConflictChoice } from '../../report/merge/merge-reports.js';
import type { WizardAction } from '../wizard-reducer.js';

/** A side effect a key handler asks for: the handlers stay pure, `createEffects` runs these. */
export type Effect =
  | { kind: 'toggle'; index: number }
  | { kind: 'tickAll' }
  | { kind: 'undoTickAll' }
  | { kind: 'parity' }
  | { kind: 'writeAllAndQuit' }
  /** Writes a question's draft, then applies `then` (a move to another screen). */
  | { kind: 'writeAnswer'; number: number; then: WizardAction[] }
  /** Resolves one merge conflict (`key`) by `choice`, that region only, under the writers' lock. */
  | { kind: 'resolveTake'; key: string; label: string; choice: ConflictChoice; then?: WizardAction[] }
  /** Runs `git add` on the report once no conflict remains. */
  | { kind: 'gitAdd' }
  /** Looks for the report's merge conflicts now and opens the Resolve screen on them (or says there are none). */
  | { kind: 'openResolve' }
  /** Writes question `number`'s draft, then makes the graded page and opens it there. */
  | { kind: 'preview'; number: number }
  /** Hands the open answer to $VISUAL/$EDITOR and takes back its text (a draft begun against `base`). */
  | { kind: 'externalEditor'; base: string }
  /** Reads the folders for the image picker question `number` has just opened. */
  | { kind: 'imagePicker'; number: number };
