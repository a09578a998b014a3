import type { FailedEdit } from './edit-in-external-editor.js';
import type { FileSystem } from '../io/file-system.js';
import type { CheckResult } from '../report/check-report.js';
import type { ChecklistItem, Report } from '../report/model.js';
import type { WatchReport } from './effects/follow-report.js';
import type { FileWatch } from '../io/watch-file.js';
import type { FigureFile } from './image-choices.js';
import type { ChecklistTraces } from './item-trace.js';
import type { WizardResolve } from './effects/effect-context.js';
import type { HandinFacts } from '../git/handin/handin-facts.js';
import type { ParityResult, WizardState } from './wizard-reducer.js';
import type { StateStore } from '../io/state-store.js';
import type { Lint } from '../report/lints/lint.js';

/** Everything the wizard needs, passed in so tests render it with a fake file system and store. */
export interface AppProps {
  /** Absolute path of the report. */
  path: string;
  /** The path as the header shows it. */
  displayPath: string;
  text: string;
  bytes: Uint8Array;
  fs: FileSystem;
  store: StateStore;
  start: WizardState;
  /** Image paths relative to the report, e.g. `figures/overview.png`: the picker's list without `scanFigures`. */
  figures: string[];
  /** Reads figures/ and the report's folder (newest first): the image picker calls it each time it opens. */
  scanFigures?: () => Promise<FigureFile[]>;
  /** The parity check against the user's report.py, as structured data for the parity screen. */
  runParity?: (reportPath: string) => Promise<ParityResult>;
  /** Lets the student edit an answer in $VISUAL/$EDITOR; resolves with the new text, or null. */
  openEditor?: (text: string) => Promise<string | FailedEdit | null>;
  /** False under NO_COLOR: screens then mark the cursor and states without colour. */
  color?: boolean;
  /** `text` already parsed and checked by the caller (with today's report.py), so start-up does it once. */
  parsed?: { report: Report; check: CheckResult };
  /** Whether an image path (relative to the report, URL-decoded) exists; without it images are not looked up. */
  imageExists?: (path: string) => boolean;
  /** Fixed terminal size (tests); otherwise the terminal's, following resizes. */
  size?: { columns: number; rows: number };
  /** Ctrl+P: writes the graded page and opens it at a question; resolves with the one line to show. */
  preview?: (question: number) => Promise<string>;
  /** The git lints of the report (run after the first frame and after each write); the header shows a few. */
  gitLints?: (report: Report) => Promise<Lint[]>;
  /** The clock for typing a question number digit by digit (tests pass a fake). */
  now?: () => number;
  /** Looks for the checklist's evidence in the report's repository (null: there is none); run once, after the first frame. */
  scanEvidence?: (items: readonly ChecklistItem[]) => Promise<ChecklistTraces | null>;
  /** The report's merge conflicts (the wizard then opens on the Resolve screen) and `git add` of the report. */
  resolve?: WizardResolve;
  /** Reads what staff would grade now (`report-wizard handin`'s facts), after the first frame. */
  handin?: () => Promise<HandinFacts>;
  /** Watches the report's folder: what changes the report outside the wizard is read and shown (tests: a fake). */
  watchReport?: WatchReport;
  /** Watches the repository (commits, branch switches, pulls, pushes): the git header follows. */
  watchGit?: (onChange: () => void) => FileWatch;
  /** Looks for merge conflicts in the report as `text` holds it (git's index, markers): `r`, and after a pull. */
  findResolve?: (text: string) => Promise<WizardResolve | null>;
}
