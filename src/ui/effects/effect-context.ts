import type { QueuedDoc, WriteQueue } from '../create-write-queue.js';
import type { FailedEdit } from '../edit-in-external-editor.js';
import type { FigureFile } from '../image-choices.js';
import type { ResolveSource } from '../screens/resolve/resolve-conflicts.js';
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
  /** The report's merge conflicts and `git add` of the report, since the wizard opened on them or found them. */
  resolve?: WizardResolve | undefined;
  /** Looks for merge conflicts in the report as `text` holds it (null: none); without it only `resolve` is known. */
  findResolve?: ((text: string) => Promise<WizardResolve | null>) | undefined;
  /** Told when conflicts were found after the start, so the frame shows them (`resolve` is set too). */
  setResolve?: ((resolve: WizardResolve) => void) | undefined;
  /** Lets the student edit an answer in $VISUAL/$EDITOR; resolves with the new text, or null. */
  openEditor?: ((text: string) => Promise<string | FailedEdit | null>) | undefined;
  /** Reads figures/ and the report's folder (newest first), each time the image picker opens. */
  scanFigures?: (() => Promise<FigureFile[]>) | undefined;
  /** Whether an image path next to the report names a file (for links broken by letter case or folder). */
  imageExists?: ((path: string) => boolean) | undefined;
}

/** What the Resolve screen needs from outside: where the conflicts come from, and `git add` of the report. */
export interface WizardResolve {
  source: ResolveSource;
  /** The command as the screen shows it, e.g. `git add reports/README.md`. */
  command: string;
  /** Runs the command; resolves with the line to show. */
  gitAdd: () => Promise<string>;
}

/** An error's message, for a notice. */
export const errorMessage = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);
