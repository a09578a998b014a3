import type { Lint } from '../../report/lints/lint.js';
import type { Report } from '../../report/model.js';

/**
 * A git refresh that runs one at a time: asked again while it runs, it runs once more after; a failed run shows
 * no lints. Returns the function that asks for a run.
 */
export const createGitRefresh = (
  lints: ((report: Report) => Promise<Lint[]>) | undefined,
  report: () => Report,
  show: (found: Lint[]) => void,
): (() => void) => {
  let running = false;
  let again = false;
  const refresh = (): void => {
    if (lints === undefined) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    again = false;
    void lints(report())
      .catch((): Lint[] => [])
      .then((found) => {
        show(found);
        running = false;
        if (again) refresh();
      });
  };
  return refresh;
};
