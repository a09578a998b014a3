import type { Lint } from '../../report/lints/lint.js';
import type { Report } from '../../report/model.js';
import type { FileSystem } from '../../io/file-system.js';
import { type ReportDoc, reportDoc } from '../../report/answer/report-doc.js';
import { createWriteQueue } from '../create-write-queue.js';
import type { WizardAction, WizardState } from '../wizard-reducer.js';
import { createEffects } from './create-effects.js';
import { createGitRefresh } from './create-git-refresh.js';
import type { EffectContext } from './effect-context.js';

/** What the wizard's effects are made of: the report file, the first doc, the state, and the outside runs. */
export interface WizardEffectsOptions extends Omit<
  EffectContext,
  'writes' | 'getState' | 'dispatch' | 'scanFigures'
> {
  fs: FileSystem;
  initial: ReportDoc;
  getState: () => WizardState;
  dispatch: (action: WizardAction) => void;
  /** Image paths relative to the report: the picker's list when there is no `scanFigures`. */
  figures: string[];
  scanFigures?: EffectContext['scanFigures'];
  gitLints?: ((report: Report) => Promise<Lint[]>) | undefined;
  /** Every new doc (written or read again). */
  onDoc: (doc: ReportDoc) => void;
  /** The git lints after each refresh. */
  onGit: (lints: Lint[]) => void;
}

/**
 * The wizard's write queue, git's refresh after every write (the queue's one `onWritten` hook, so no write path can
 * forget it), and the effects the key handlers ask for, over them. Made once per wizard.
 */
export const createWizardEffects = (options: WizardEffectsOptions) => {
  const { fs, path, imageExists, figures, onDoc, onGit } = options;
  let refreshGit = (): void => undefined;
  const writes = createWriteQueue({
    fs,
    path,
    initial: options.initial,
    load: (text, bytes) => reportDoc(text, bytes, imageExists),
    onDoc,
    onWritten: () => refreshGit(),
  });
  refreshGit = createGitRefresh(options.gitLints, () => writes.current().report, onGit);
  // One context for every effect, also the one following the report on disk (a Resolve port found later lands here).
  const context: EffectContext = {
    ...options,
    writes,
    scanFigures:
      options.scanFigures ??
      (() => Promise.resolve(figures.map((figure) => ({ path: figure, modified: 0 })))),
  };
  const effects = createEffects(context);
  return { writes, run: effects.run, refreshGit: () => refreshGit(), context };
};
