import { describe, expect, it, vi } from 'vitest';
import type { HandinFacts } from '../../../src/git/handin/handin-facts.js';
import { readHandinLater } from '../../../src/ui/effects/read-handin-later.js';
import { fakeHandinFacts } from '../../helpers/fake-handin-facts.js';
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
    const reads = readHandinLater(handin, () => undefined, Date.now);
    expect(handin).not.toHaveBeenCalled();
    reads.close();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(handin).not.toHaveBeenCalled();
  });

  it('should do nothing in a run that reads no hand-in facts', () => {
    const dispatch = vi.fn();
    const reads = readHandinLater(undefined, dispatch, Date.now);
    reads.reread();
    reads.close();
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('should read again on reread, one read at a time, once more after one under way, keeping the screen as it is', async () => {
    const actions: WizardAction[] = [];
    const pending: ((facts: HandinFacts) => void)[] = [];
    const handin = vi.fn(() => new Promise<HandinFacts>((resolve) => pending.push(resolve)));
    const reads = readHandinLater(
      handin,
      (action) => actions.push(action),
      () => 7_000,
    );
    reads.reread();
    await vi.waitFor(() => expect(handin).toHaveBeenCalledTimes(1));
    // Asked twice while the first read runs: no second read beside it, one after it.
    reads.reread();
    reads.reread();
    expect(handin).toHaveBeenCalledTimes(1);
    pending[0]!(fakeHandinFacts(0, { root: '/first' }));
    await vi.waitFor(() => expect(handin).toHaveBeenCalledTimes(2));
    pending[1]!(fakeHandinFacts(0, { root: '/second' }));
    await vi.waitFor(() => expect(actions).toHaveLength(3));
    expect(actions.map((a) => (a.type === 'HANDIN_LOADED' ? a.facts?.root : a.type))).toEqual([
      'HANDIN_STARTED',
      '/first',
      '/second',
    ]);
    expect(handin).toHaveBeenCalledTimes(2);
    reads.close();
    reads.reread();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(handin).toHaveBeenCalledTimes(2);
  });
});
