/**
 * Ink's `onRender`, which runs once a frame is laid out and before it is written: at the first frame the run's code
 * caches are written (only on a run that found none; see writeCodeCachesNow), so a wizard killed or closed right after
 * it still leaves them for the next start, and they hold what drawing that frame compiled. Before the frame, not
 * after it: a terminal closed (or a benchmark stopping its clock) at the frame kills the process within a millisecond,
 * sooner than the write (20-30 ms) could end, and the first run of a build is the only one that waits for it.
 */
export const writeCodeCachesAtFirstFrame = (): (() => void) => {
  let drawn = false;
  return () => {
    if (drawn) return;
    drawn = true;
    globalThis.reportWizardWriteCodeCaches?.();
  };
};
