import type { HandinFacts } from '../../git/handin/handin-facts.js';
import type { StateStore } from '../../io/state-store.js';
import type { FileWatch } from '../../io/watch-file.js';
import type { Lint } from '../../report/lints/lint.js';
import type { ChecklistItem, Report } from '../../report/model.js';
import type { WizardResolve } from '../../ui/effects/effect-context.js';
import type { WatchReport } from '../../ui/effects/follow-report.js';
import type { FigureFile } from '../../ui/image-choices.js';
import type { ChecklistTraces } from '../../ui/item-trace.js';
import type { ParityResult } from '../../ui/wizard-reducer.js';

/** What the wizard takes besides the CLI's IO: defaults are the real ones. */
export interface WizardDeps {
  store?: StateStore;
  /** The parity check against the user's report.py, for the parity screen. */
  runParity?: (reportPath: string) => Promise<ParityResult>;
  /** The checklist's evidence in the report's repository (null: no repository), scanned after the first frame. */
  scanEvidence?: (reportPath: string, items: readonly ChecklistItem[]) => Promise<ChecklistTraces | null>;
  /** The image picker's look at figures/ and the report's folder. */
  scanFigures?: () => Promise<FigureFile[]>;
  /** Ctrl+P: writes the graded page and opens it at a question; resolves with the line to show. */
  preview?: (question: number) => Promise<string>;
  /** The git lints of the header (uncommitted, unpushed, wrong branch). */
  gitLints?: (report: Report) => Promise<Lint[]>;
  /** The Resolve screen's port (null: no conflicts); tests pass their own. */
  resolve?: WizardResolve | null;
  /** The hand-in facts; tests pass their own. */
  handin?: () => Promise<HandinFacts>;
  /** Watches the report's folder for changes made outside the wizard. */
  watchReport?: WatchReport;
  /** Watches the repository for commits, branch switches and pulls (the git header follows). */
  watchGit?: (onChange: () => void) => FileWatch;
}
