import { describe, expect, it } from 'vitest';
import { initialQuestionState } from '../../src/ui/screens/question/question-state.js';
import { initialWizardState, type WizardState, wizardReducer } from '../../src/ui/wizard-reducer.js';

const open = (patch: Partial<WizardState> = {}): WizardState =>
  initialWizardState({
    screen: 'question',
    question: 4,
    questionScreen: initialQuestionState(4, 'file', 20),
    ...patch,
  });

describe('wizardReducer: the question screen', () => {
  it('should make an edited text the question’s draft against the file’s answer, and no draft when typed back', () => {
    const typed = wizardReducer(open(), {
      type: 'EDIT_ANSWER',
      edits: [{ type: 'insert', text: 's' }],
      base: 'file',
    });
    expect(typed.questionScreen?.buffer.lines).toEqual(['files']);
    expect(typed.drafts).toEqual({ 4: { question: 4, text: 'files', base: 'file' } });
    const back = wizardReducer(typed, { type: 'EDIT_ANSWER', edits: [{ type: 'backspace' }], base: 'file' });
    expect(back.drafts).toEqual({});
    // The typing and the Backspace are two undo steps of the editor's history.
    expect(back.questionScreen?.buffer.undo).toHaveLength(2);
  });

  it('should leave the drafts alone when an edit only moves the cursor', () => {
    const state = open();
    const moved = wizardReducer(state, {
      type: 'EDIT_ANSWER',
      edits: [{ type: 'move', dir: 'home' }],
      base: 'file',
    });
    expect(moved.questionScreen?.buffer.cursor).toEqual({ row: 0, col: 0 });
    expect(moved.drafts).toBe(state.drafts);
  });

  it('should start afresh on another question, on another screen and after the quit prompt, but not under help', () => {
    expect(wizardReducer(open(), { type: 'OPEN_QUESTION', number: 5 }).questionScreen).toBeNull();
    expect(wizardReducer(open(), { type: 'OPEN_OVERVIEW' }).questionScreen).toBeNull();
    const drafted = open({ drafts: { 4: { question: 4, text: 'x', base: 'file' } } });
    expect(wizardReducer(drafted, { type: 'ASK_QUIT' }).questionScreen).toBeNull();
    expect(wizardReducer(open(), { type: 'SHOW_HELP', shown: true }).questionScreen).not.toBeNull();
  });

  it('should ignore the screen’s actions and edits while no question screen is open', () => {
    const closed = initialWizardState();
    expect(wizardReducer(closed, { type: 'QUESTION', action: { type: 'TOGGLE_EXAMPLE' } })).toBe(closed);
    expect(
      wizardReducer(closed, { type: 'EDIT_ANSWER', edits: [{ type: 'insert', text: 'a' }], base: '' }),
    ).toBe(closed);
  });
});
