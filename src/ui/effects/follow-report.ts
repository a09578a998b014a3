import type { FileWatch } from '../../io/watch-file.js';
import { changedAnswers } from '../../report/answer/changed-answers.js';
import { conflictMarkerLine } from '../../report/merge/conflict-marker-line.js';
import { type EffectContext, errorMessage } from './effect-context.js';
import { findConflicts } from './find-conflicts.js';

/** Watches the report's folder for changes of the report (debounced); `onError` gets what ends the watch. */
export type WatchReport = (onChange: () => void, onError: (error: Error) => void) => FileWatch;

/** What following the report needs besides the effects' context. */
export interface FollowPorts {
  watch: WatchReport;
  /** Reads the report again: bounded, never into a FIFO or a device; throws with a sentence when it cannot. */
  read: () => Promise<{ text: string; bytes: Uint8Array }>;
  /** Runs after every change read (the git header follows the file). */
  onChanged: () => void;
}

/**
 * Follows the report on disk while the wizard runs: a change made outside (another wizard, `answer`, `git pull`, an
 * editor's save) is read again between the wizard's own writes (whose bytes it knows, so they are not news) and
 * becomes the shown report; drafts are never dropped unless they are what the file now holds. A report gone or
 * unreadable is said once, and nothing is written until it is back. Returns the cleanup.
 */
export const followReport = (context: EffectContext, ports: FollowPorts): (() => void) => {
  const { writes, dispatch } = context;
  let gone: string | null = null;
  let live = true;
  const check = async (): Promise<void> => {
    let outcome;
    try {
      outcome = await writes.reread(ports.read);
    } catch (error) {
      const reason = `${errorMessage(error)} Your drafts are kept; nothing is written until the report is back.`;
      if (!live || reason === gone) return;
      gone = reason;
      writes.hold(reason);
      return dispatch({ type: 'NOTIFY', message: reason });
    }
    if (!live) return;
    const back = gone !== null;
    gone = null;
    writes.hold(null);
    if (outcome.kind === 'same') {
      if (back) dispatch({ type: 'NOTIFY', message: 'The report is back on disk, unchanged.' });
      return;
    }
    const { before, after } = outcome;
    dispatch({
      type: 'FILE_CHANGED',
      report: after.report,
      changed: changedAnswers(before.report, after.report),
    });
    ports.onChanged();
    if (!conflictMarkerLine.test(after.text) || (await findConflicts(context, after.text)) === null || !live)
      return;
    dispatch({
      type: 'NOTIFY',
      message:
        'The report now has merge conflicts (a git pull?): r on the overview opens the Resolve screen.',
    });
  };
  const watch = ports.watch(
    () => void check(),
    (error) =>
      live &&
      dispatch({
        type: 'NOTIFY',
        message: `Stopped following changes to the report: ${errorMessage(error)}`,
      }),
  );
  return () => {
    live = false;
    watch.close();
  };
};
