import { describe, expect, it } from 'vitest';
import { reportDoc } from '../../../../src/report/answer/report-doc.js';
import { questionKey } from '../../../../src/ui/screens/question/question-key.js';
import {
  initialQuestionState,
  type QuestionState,
  questionReducer,
} from '../../../../src/ui/screens/question/question-state.js';
import type { ScreenContext } from '../../../../src/ui/screens/step.js';
import { initialWizardState, type WizardState } from '../../../../src/ui/wizard-reducer.js';
import { keyOf } from '../../../helpers/keys-of.js';
import { reportFixture } from '../../components/report-fixture.js';

// Question 13's answer has two warnings (a backslash path, a struck-out word); 31 is the last question.
const text = reportFixture({
  12: 'We used Hydra.',
  13: 'We used Hydra.\n\n![loss](figures\\loss.png)\n\n~~old~~',
  31: 'Last.',
});
const doc = reportDoc(text, new TextEncoder().encode(text));
// 80 columns: the editor's text wraps at 75 cells (border, padding, the cursor's cell).
const context: ScreenContext = { doc, columns: 80, bodyHeight: 20, now: 0 };
const on = (number: number, screen: Partial<QuestionState> = {}): WizardState =>
  initialWizardState({
    screen: 'question',
    question: number,
    questionScreen: {
      ...initialQuestionState(number, doc.report.questions[number - 1]!.answer.trim(), 75),
      ...screen,
    },
  });

describe('questionKey', () => {
  it('should hand typed text to the editor as an edit of the draft, and clear a notice first', () => {
    expect(questionKey(on(12, { notice: 'Wrote question 3.' }), keyOf('x'), context)).toEqual([
      { type: 'QUESTION', action: { type: 'NOTIFY', notice: null } },
      { type: 'EDIT_ANSWER', edits: [{ type: 'insert', text: 'x' }], base: 'We used Hydra.' },
    ]);
    expect(questionKey(on(12), keyOf('\u0017'), context)).toEqual([
      { type: 'EDIT_ANSWER', edits: [{ type: 'deleteWordBack' }], base: 'We used Hydra.' },
    ]);
  });

  it('should start the screen from the draft on its first key, at the width the editor has', () => {
    const state = initialWizardState({
      screen: 'question',
      question: 12,
      drafts: { 12: { question: 12, text: 'Draft.', base: 'We used Hydra.' } },
    });
    expect(questionKey(state, keyOf('\u0014'), context)).toEqual([
      { type: 'QUESTION_SHOWN', screen: initialQuestionState(12, 'Draft.', 75) },
      { type: 'QUESTION', action: { type: 'TOGGLE_EXAMPLE' } },
    ]);
  });

  it('should make the editor wrap at a new width before the key that moves by rows', () => {
    expect(questionKey(on(12), keyOf('\u001B[A'), { ...context, columns: 40 })).toEqual([
      {
        type: 'EDIT_ANSWER',
        edits: [
          { type: 'resize', width: 35 },
          { type: 'move', dir: 'up' },
        ],
        base: 'We used Hydra.',
      },
    ]);
  });

  it('should write the draft before moving to the next, the previous question or the overview', () => {
    const write = (number: number, then: unknown[]) => [{ kind: 'writeAnswer', number, then }];
    expect(questionKey(on(12), keyOf('\t'), context)).toEqual(
      write(12, [{ type: 'OPEN_QUESTION', number: 13 }]),
    );
    expect(questionKey(on(12), keyOf('\u001B[5~'), context)).toEqual(
      write(12, [{ type: 'OPEN_QUESTION', number: 11 }]),
    );
    expect(questionKey(on(12), keyOf('\u001B'), context)).toEqual(write(12, [{ type: 'OPEN_OVERVIEW' }]));
    expect(questionKey(on(31), keyOf('\t'), context)).toEqual(write(31, [{ type: 'OPEN_OVERVIEW' }]));
    expect(questionKey(on(12), keyOf('\u0013'), context)).toEqual(write(12, []));
  });

  it('should ask for the preview, the external editor and the file’s answer back', () => {
    expect(questionKey(on(12), keyOf('\u0010'), context)).toEqual([{ kind: 'preview', number: 12 }]);
    expect(questionKey(on(12), keyOf('\u0005'), context)).toEqual([
      { kind: 'externalEditor', base: 'We used Hydra.' },
    ]);
    expect(
      questionKey(on(12, { buffer: initialQuestionState(12, 'typed', 75).buffer }), keyOf('\u0012'), context),
    ).toEqual([
      { type: 'EDIT_ANSWER', edits: [{ type: 'setText', text: 'We used Hydra.' }], base: 'We used Hydra.' },
    ]);
  });

  it('should open the image picker on every question, and say when an answer has no warnings', () => {
    expect(questionKey(on(12), keyOf('\u0007'), context)).toEqual([
      { type: 'QUESTION', action: { type: 'OPEN_PICKER' } },
      { kind: 'imagePicker', number: 12 },
    ]);
    expect(questionKey(on(12), keyOf('\u000C'), context)).toEqual([
      { type: 'QUESTION', action: { type: 'NOTIFY', notice: 'This answer has no warnings.' } },
    ]);
    expect(questionKey(on(13), keyOf('\u000C'), context)).toEqual([
      { type: 'QUESTION', action: { type: 'LIST_WARNINGS' } },
    ]);
  });

  it('should scroll the warnings list within its rows and close it with Esc', () => {
    // Five rows of warnings in a list 13 rows high (20 rows: the editor's 9 and the 4 under it): nothing to scroll.
    const listing = on(13, { listing: true });
    expect(questionKey(listing, keyOf('\u001B[6~'), context)).toEqual([
      { type: 'QUESTION', action: { type: 'SCROLL_WARNINGS', top: 0 } },
    ]);
    // 3 rows high in 10 rows: a page is 2 rows, and the last row shown first is the third.
    const small = { ...context, bodyHeight: 10 };
    expect(questionKey(listing, keyOf('\u001B[6~'), small)).toEqual([
      { type: 'QUESTION', action: { type: 'SCROLL_WARNINGS', top: 2 } },
    ]);
    expect(
      questionKey(
        { ...listing, questionScreen: { ...listing.questionScreen!, listTop: 1 } },
        keyOf('\u001B[6~'),
        small,
      ),
    ).toEqual([{ type: 'QUESTION', action: { type: 'SCROLL_WARNINGS', top: 2 } }]);
    expect(questionKey(listing, keyOf('\u001B'), context)).toEqual([
      { type: 'QUESTION', action: { type: 'CLOSE_WARNINGS' } },
    ]);
  });

  it('should move in the open picker and put the chosen image in after the word at the cursor', () => {
    const choices = [
      { kind: 'insert' as const, path: 'figures/a.png', usedIn: [] },
      { kind: 'insert' as const, path: 'figures/b.png', usedIn: [3] },
    ];
    const picking = on(12, {
      buffer: initialQuestionState(12, 'See it', 75).buffer,
      picker: { loading: false, choices, selected: 0 },
    });
    expect(questionKey(picking, keyOf('\u001B[B'), context)).toEqual([
      { type: 'QUESTION', action: { type: 'PICKER_SELECT', index: 1 } },
    ]);
    const start = questionReducer(picking.questionScreen!, {
      type: 'EDIT',
      edits: [{ type: 'move', dir: 'home' }],
    });
    expect(questionKey({ ...picking, questionScreen: start }, keyOf('\r'), context)).toEqual([
      { type: 'QUESTION', action: { type: 'CLOSE_PICKER' } },
      {
        type: 'EDIT_ANSWER',
        edits: [
          { type: 'move', dir: 'right' },
          { type: 'move', dir: 'right' },
          { type: 'move', dir: 'right' },
          { type: 'delete' },
          { type: 'insert', text: '\n\n![a](figures/a.png)\n\n' },
        ],
        base: 'We used Hydra.',
      },
    ]);
    expect(
      questionKey(on(12, { picker: { loading: true, choices: [], selected: 0 } }), keyOf('\r'), context),
    ).toEqual([]);
    expect(
      questionKey(on(12, { picker: { loading: true, choices: [], selected: 0 } }), keyOf('\u001B'), context),
    ).toEqual([{ type: 'QUESTION', action: { type: 'CLOSE_PICKER' } }]);
  });

  it('should ignore every key while the external editor is open', () => {
    expect(questionKey(on(12, { busy: true }), keyOf('\t'), context)).toEqual([]);
  });
});
