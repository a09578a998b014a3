import { describe, expect, it } from 'vitest';
import { reportDoc } from '../../../../src/report/answer/report-doc.js';
import type { KeyPress } from '../../../../src/ui/input/key-press.js';
import { routeKey } from '../../../../src/ui/screens/route-key.js';
import { initialWizardState, wizardReducer } from '../../../../src/ui/wizard-reducer.js';
import { fakeHandinFacts } from '../../../helpers/fake-handin-facts.js';

const key = (name: string): KeyPress =>
  ({ name, text: name.length === 1 ? name : '', ctrl: false, meta: false, shift: false }) as KeyPress;
const doc = reportDoc('', new Uint8Array());
const context = { doc, columns: 40, bodyHeight: 8, now: 0 };
const facts = fakeHandinFacts(1_769_209_200);

describe('the hand-in screen: keys and state', () => {
  it('should open from the overview on h and go back where it came from on Esc or h', () => {
    const loading = wizardReducer(initialWizardState({ screen: 'checklist' }), { type: 'HANDIN_STARTED' });
    expect(routeKey(initialWizardState(), key('h'), context)).toEqual([{ type: 'OPEN_HANDIN' }]);
    const open = wizardReducer(loading, { type: 'OPEN_HANDIN' });
    expect(open.screen).toBe('handin');
    expect(open.handin).toEqual({ facts: null, error: null, now: 0, scroll: 0, from: 'checklist' });
    expect(routeKey(open, key('escape'), context)).toEqual([{ type: 'CLOSE_HANDIN' }]);
    expect(routeKey(open, key('h'), context)).toEqual([{ type: 'CLOSE_HANDIN' }]);
    expect(wizardReducer(open, { type: 'CLOSE_HANDIN' }).screen).toBe('checklist');
  });

  it('should say so when this run reads no hand-in facts', () => {
    const state = wizardReducer(initialWizardState(), { type: 'OPEN_HANDIN' });
    expect(state.screen).toBe('overview');
    expect(state.notice).toBe('No hand-in facts: the report is not in a git repository this run reads.');
  });

  it('should keep the place and the way back when the facts come while the screen is open', () => {
    const open = wizardReducer(wizardReducer(initialWizardState(), { type: 'HANDIN_STARTED' }), {
      type: 'OPEN_HANDIN',
    });
    const loaded = wizardReducer(open, { type: 'HANDIN_LOADED', facts, error: null, now: 5 });
    expect(loaded.screen).toBe('handin');
    expect(loaded.handin).toEqual({ facts, error: null, now: 5, scroll: 0, from: 'overview' });
  });

  it('should scroll within the rows of the text and no further', () => {
    const open = wizardReducer(
      wizardReducer(wizardReducer(initialWizardState(), { type: 'HANDIN_STARTED' }), { type: 'OPEN_HANDIN' }),
      { type: 'HANDIN_LOADED', facts, error: null, now: 1_769_209_200 - 3600 },
    );
    expect(routeKey(open, key('down'), context)).toEqual([{ type: 'HANDIN_SCROLL', top: 1 }]);
    expect(routeKey(open, key('up'), context)).toEqual([{ type: 'HANDIN_SCROLL', top: 0 }]);
    const [end] = routeKey(open, key('end'), context) as [{ type: 'HANDIN_SCROLL'; top: number }];
    const atEnd = wizardReducer(open, end);
    expect(routeKey(atEnd, key('down'), context)).toEqual([{ type: 'HANDIN_SCROLL', top: end.top }]);
    expect(end.top).toBeGreaterThan(0);
  });
});
