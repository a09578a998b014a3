import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportDoc } from '../../../../src/report/answer/report-doc.js';
import type { KeyPress } from '../../../../src/ui/input/key-press.js';
import { routeKey } from '../../../../src/ui/screens/route-key.js';
import { initialWizardState, wizardReducer } from '../../../../src/ui/wizard-reducer.js';

const filled = readFileSync(new URL('../../../fixtures/reports/filled-2026.md', import.meta.url), 'utf8');
const at = (text: string, n: number, insert: string): string => {
  const marker = text.indexOf('Answer:', text.indexOf(`### Question ${n}\n`));
  const end = text.indexOf('\n', marker) + 1;
  return `${text.slice(0, end)}\n${insert}${text.slice(end)}`;
};
const block = '<<<<<<< HEAD\nours\n=======\ntheirs\n>>>>>>> other\n';
const text = at(at(filled, 5, block), 9, block);
const key = (name: string): KeyPress =>
  ({ name, text: name.length === 1 ? name : '', ctrl: false, meta: false, shift: false }) as KeyPress;
const context = (t: string) => ({
  doc: reportDoc(t, new TextEncoder().encode(t)),
  columns: 80,
  bodyHeight: 20,
  now: 0,
  resolve: { kind: 'markers' as const },
});
const state = initialWizardState({ screen: 'resolve' });

describe('the Resolve screen: keys', () => {
  it('should take ours, theirs or both of the selected conflict, that one only', () => {
    expect(routeKey(state, key('o'), context(text))).toEqual([
      { kind: 'resolveTake', key: 'marker:0', label: 'Question 5', choice: 'ours' },
    ]);
    const second = wizardReducer(state, { type: 'SELECT_RESOLVE', index: 1 });
    expect(routeKey(second, key('t'), context(text))).toEqual([
      { kind: 'resolveTake', key: 'marker:1', label: 'Question 9', choice: 'theirs' },
    ]);
    expect(routeKey(second, key('b'), context(text))).toEqual([
      { kind: 'resolveTake', key: 'marker:1', label: 'Question 9', choice: 'both' },
    ]);
  });

  it('should take both and open the answer in the editor on e', () => {
    expect(routeKey(state, key('e'), context(text))).toEqual([
      {
        kind: 'resolveTake',
        key: 'marker:0',
        label: 'Question 5',
        choice: 'both',
        then: [{ type: 'OPEN_QUESTION', number: 5 }],
      },
    ]);
  });

  it('should select within the conflicts left', () => {
    expect(routeKey(state, key('down'), context(text))).toEqual([{ type: 'SELECT_RESOLVE', index: 1 }]);
    expect(routeKey(state, key('up'), context(text))).toEqual([]);
    const second = wizardReducer(state, { type: 'SELECT_RESOLVE', index: 1 });
    expect(routeKey(second, key('down'), context(text))).toEqual([]);
  });

  it('should run git add only on a, and only once no conflict remains', () => {
    expect(routeKey(state, key('a'), context(text))).toEqual([
      { type: 'NOTIFY', message: 'Resolve every conflict first: git add marks the report resolved.' },
    ]);
    expect(routeKey(state, key('a'), context(filled))).toEqual([{ kind: 'gitAdd' }]);
    expect(routeKey(state, key('o'), context(filled))).toEqual([]);
  });

  it('should go to the overview on Esc and list its keys in help', () => {
    expect(routeKey(state, key('escape'), context(text))).toEqual([{ type: 'OPEN_OVERVIEW' }]);
    expect(routeKey(state, key('?'), context(text))).toEqual([{ type: 'SHOW_HELP', shown: true }]);
  });
});
