import type { FileSystem } from '../../io/file-system.js';
import { readReportAgain } from '../../io/read-report-again.js';
import type { FileWatch } from '../../io/watch-file.js';
import type { EffectContext } from './effect-context.js';
import { type WatchReport, followReport } from './follow-report.js';

/**
 * Follows what changes outside the wizard while it runs: the report (`followReport`, the git header refreshed after
 * each change read) and the repository (a commit, a pull, a push: the git header and the hand-in facts again). Either
 * watch is optional; returns the cleanup that closes both.
 */
export const followOutside = (
  wizard: { context: EffectContext; refreshGit: () => void; rereadHandin?: () => void },
  ports: {
    path: string;
    fs: FileSystem;
    watchReport?: WatchReport | undefined;
    watchGit?: ((onChange: () => void) => FileWatch) | undefined;
  },
): (() => void) => {
  let report: (() => void) | undefined;
  let git: FileWatch | undefined;
  // A task later, as git's first run: the first frame is on the terminal before anything is watched (the terminal is
  // raw from before that frame, see commands/wizard.ts, so no key waits on this).
  const timer = setTimeout(() => {
    report =
      ports.watchReport &&
      followReport(wizard.context, {
        watch: ports.watchReport,
        read: readReportAgain(ports.fs, ports.path),
        onChanged: wizard.refreshGit,
      });
    // The hand-in facts come from git alone (branches, remotes, commits): the report's own changes leave them be.
    git = ports.watchGit?.(() => {
      wizard.refreshGit();
      wizard.rereadHandin?.();
    });
  }, 0);
  return () => {
    clearTimeout(timer);
    report?.();
    git?.close();
  };
};
