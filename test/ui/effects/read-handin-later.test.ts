import { describe, expect, it, vi } from 'vitest';
import { readHandinLater } from '../../../src/ui/effects/read-handin-later.js';
import type { WizardAction } from '../../../src/ui/wizard-reducer.js';

describe('readHandinLater', () => {
  it('should say the read started, then hand on why there are no facts, stamped in seconds', async () => {
    const actions: WizardAction[] = [];
    readHandinLater(
      () => Promise.reject(new Error('not a git repository')),
      (action) => actions.push(action),
      () => 5_000,
    );
    expect(actions).toEqual([{ type: 'HANDIN_STARTED' }]);
    await vi.waitFor(() => expect(actions).toHaveLength(2));
    expect(actions[1]).toEqual({ type: 'HANDIN_LOADED', facts: null, error: 'not a git repository', now: 5 });
  });

  it('should not read before the first frame, nor at all once cleaned up', async () => {
    const handin = vi.fn(() => Promise.reject(new Error('unused')));
    const cancel = readHandinLater(handin, () => undefined, Date.now);
    expect(handin).not.toHaveBeenCalled();
    cancel();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(handin).not.toHaveBeenCalled();
  });

  it('should do nothing in a run that reads no hand-in facts', () => {
    const dispatch = vi.fn();
    readHandinLater(undefined, dispatch, Date.now)();
    expect(dispatch).not.toHaveBeenCalled();
  });
});
