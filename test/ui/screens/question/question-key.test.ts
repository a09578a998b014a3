import { describe, expect, it } from 'vitest';
import type { KeyPress } from '../../../../src/ui/input/key-press.js';
import { questionKey } from '../../../../src/ui/screens/question/question-key.js';
import { initialQuestionState, questionReducer } from '../../../../src/ui/screens/question/question-state.js';

const key = (name: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  name,
  text: [...name].length === 1 ? name : '',
  ctrl: false,
  meta: false,
  shift: false,
  sequence: name,
  ...mods,
});
const layout = { warningRows: 0, listHeight: 5 };

describe('questionKey', () => {
  it('should hand typed text to the editor and clear a notice first', () => {
    const state = { ...initialQuestionState('a'), notice: 'Wrote question 3.' };
    expect(questionKey(state, key('x'), layout)).toEqual([
      { type: 'NOTIFY', notice: null },
      { command: 'edit' },
    ]);
  });

  it('should open the image picker on every question, and say when an answer has no warnings', () => {
    const state = initialQuestionState('');
    expect(questionKey(state, key('g', { ctrl: true }), layout)).toEqual([{ command: 'openPicker' }]);
    expect(questionKey(state, key('l', { ctrl: true }), layout)).toEqual([
      { type: 'NOTIFY', notice: 'This answer has no warnings.' },
    ]);
  });

  it('should scroll the warnings list within its rows and close it with Esc', () => {
    const listing = questionReducer(initialQuestionState(''), { type: 'LIST_WARNINGS' });
    const rows = { ...layout, warningRows: 12 };
    expect(questionKey(listing, key('pagedown'), rows)).toEqual([{ type: 'SCROLL_WARNINGS', top: 4 }]);
    expect(questionKey({ ...listing, listTop: 6 }, key('pagedown'), rows)).toEqual([
      { type: 'SCROLL_WARNINGS', top: 7 },
    ]);
    expect(questionKey(listing, key('escape'), rows)).toEqual([{ type: 'CLOSE_WARNINGS' }]);
  });

  it('should ignore every key while the external editor is open', () => {
    const busy = questionReducer(initialQuestionState(''), { type: 'BUSY', busy: true });
    expect(questionKey(busy, key('tab'), layout)).toEqual([]);
  });
});
