import { describe, expect, test } from 'vitest';
import type { ChecklistTraces } from '../../src/ui/item-trace.js';
import { initialWizardState, wizardReducer } from '../../src/ui/wizard-reducer.js';

const traces: ChecklistTraces = {
  4: {
    text: 'Build a docker image (M10)',
    traceable: true,
    evidence: [{ path: 'Dockerfile', why: 'a Dockerfile' }],
  },
};

describe('wizardReducer on the checklist evidence', () => {
  test('should start with no scan, no evidence filter and nothing to undo', () => {
    const state = initialWizardState();
    expect([state.evidence, state.suggestionFilter, state.tickAll]).toEqual([null, null, null]);
  });

  test('should record the traces a running scan found', () => {
    const scanning = initialWizardState({ evidence: { kind: 'scanning' } });
    expect(wizardReducer(scanning, { type: 'EVIDENCE_DONE', traces }).evidence).toEqual({
      kind: 'found',
      traces,
    });
  });

  test('should record why there is no evidence', () => {
    const state = wizardReducer(initialWizardState({ evidence: { kind: 'scanning' } }), {
      type: 'EVIDENCE_MISSING',
      message: 'the scan failed: git is missing',
    });
    expect(state.evidence).toEqual({ kind: 'none', message: 'the scan failed: git is missing' });
  });

  test('should turn an evidence filter on, switch it, and turn it off with its own key', () => {
    const check = wizardReducer(initialWizardState(), { type: 'FILTER_SUGGESTION', only: 'check' });
    expect(check.suggestionFilter).toBe('check');
    const uncheck = wizardReducer(check, { type: 'FILTER_SUGGESTION', only: 'uncheck' });
    expect(uncheck.suggestionFilter).toBe('uncheck');
    expect(wizardReducer(uncheck, { type: 'FILTER_SUGGESTION', only: 'uncheck' }).suggestionFilter).toBe(
      null,
    );
    expect(wizardReducer(check, { type: 'FILTER_SUGGESTION', only: null }).suggestionFilter).toBe(null);
  });

  test('should keep what a tick-all wrote until it is undone', () => {
    const ticked = wizardReducer(initialWizardState(), { type: 'TICKED_ALL', items: [4, 7], text: 'after' });
    expect(ticked.tickAll).toEqual({ items: [4, 7], text: 'after' });
    expect(wizardReducer(ticked, { type: 'TICK_ALL_UNDONE' }).tickAll).toBe(null);
  });

  test('should keep the previous tick-all when a tick-all ticked nothing', () => {
    const ticked = initialWizardState({ tickAll: { items: [4], text: 'after' } });
    expect(wizardReducer(ticked, { type: 'TICKED_ALL', items: [], text: 'after' })).toBe(ticked);
  });

  test('should keep evidence and its filter across screens', () => {
    const state = initialWizardState({
      screen: 'checklist',
      evidence: { kind: 'found', traces },
      suggestionFilter: 'check',
    });
    const back = wizardReducer(wizardReducer(state, { type: 'OPEN_OVERVIEW' }), { type: 'OPEN_CHECKLIST' });
    expect([back.evidence, back.suggestionFilter]).toEqual([state.evidence, 'check']);
  });
});
