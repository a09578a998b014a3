import { dirname } from 'node:path';
import { watchGitDir } from '../../git/watch-git-dir.js';
import type { CliIo } from '../../io/cli-io.js';
import { watchFile } from '../../io/watch-file.js';
import type { AppProps } from '../../ui/App.js';
import { externalEditor } from './external-editor.js';
import { figureScan } from './figure-scan.js';
import type { WizardDeps } from './wizard-deps.js';
import { wizardEvidence } from './wizard-evidence.js';
import { wizardFindResolve } from './wizard-find-resolve.js';
import { wizardGitLints } from './wizard-git-lints.js';
import { wizardHandin } from './wizard-handin.js';
import { wizardParity } from './wizard-parity.js';
import { wizardPreview } from './wizard-preview.js';

/** The ports the wizard's App takes from outside. */
export type WizardPorts = Required<
  Pick<
    AppProps,
    | 'runParity'
    | 'scanEvidence'
    | 'preview'
    | 'gitLints'
    | 'handin'
    | 'watchReport'
    | 'watchGit'
    | 'openEditor'
  >
> &
  Pick<AppProps, 'findResolve'> & { scanFigures: NonNullable<AppProps['scanFigures']> };

/**
 * Every port of the wizard bound to the one report at `reportPath` the same way (each default is made of the CLI's IO
 * and that path); `deps` replaces any of them (tests).
 */
export const wizardPorts = (
  io: CliIo,
  reportPath: string,
  python: string | undefined,
  deps: WizardDeps,
): WizardPorts => {
  const { scanEvidence } = deps;
  return {
    runParity: deps.runParity ?? wizardParity(io, reportPath, python),
    scanEvidence: scanEvidence ? (items) => scanEvidence(reportPath, items) : wizardEvidence(io, reportPath),
    scanFigures: deps.scanFigures ?? figureScan(io.fs, reportPath),
    preview: deps.preview ?? wizardPreview(io, reportPath, python),
    gitLints: deps.gitLints ?? wizardGitLints(io, reportPath),
    handin: deps.handin ?? wizardHandin(io, reportPath),
    // A test's own Resolve port is the only one its run knows.
    ...(deps.resolve === undefined ? { findResolve: wizardFindResolve(io, reportPath) } : {}),
    watchReport: deps.watchReport ?? ((onChange, onError) => watchFile(reportPath, onChange, onError)),
    watchGit: deps.watchGit ?? watchGitDir(io.fs, dirname(reportPath)),
    openEditor: externalEditor(io),
  };
};
