import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseReport } from '../../src/report/parse-report.js';
import { setAnswer } from '../../src/report/set-answer.js';
import { initialQuestionState } from '../../src/ui/screens/question/question-state.js';
import { initialWizardState, wizardReducer } from '../../src/ui/wizard-reducer.js';

const minimal = readFileSync(new URL('../fixtures/reports/minimal-2026.md', import.meta.url), 'utf8');
const report = parseReport(minimal);
const withAnswer = (number: number, text: string) => parseReport(setAnswer(report, number, text));

describe('FILE_CHANGED', () => {
  test('should say which answers were read again and keep everything else', () => {
    const state = initialWizardState({ screen: 'overview', question: 4 });
    expect(
      wizardReducer(state, { type: 'FILE_CHANGED', report: withAnswer(4, 'New.'), changed: [4] }),
    ).toEqual({
      ...state,
      notice: 'The report changed on disk: question 4 read again.',
    });
  });

  test('should say a change that moved no answer, and name many answers by their count', () => {
    const state = initialWizardState();
    expect(wizardReducer(state, { type: 'FILE_CHANGED', report, changed: [] }).notice).toBe(
      'The report changed on disk and was read again.',
    );
    expect(wizardReducer(state, { type: 'FILE_CHANGED', report, changed: [1, 2, 3] }).notice).toBe(
      'The report changed on disk: questions 1, 2 and 3 read again.',
    );
    expect(wizardReducer(state, { type: 'FILE_CHANGED', report, changed: [1, 2, 3, 4, 5, 6] }).notice).toBe(
      'The report changed on disk: 6 questions read again.',
    );
  });

  test('should start the open question’s editor again from the file when it holds no draft', () => {
    const editor = initialQuestionState(4, '');
    const state = initialWizardState({ screen: 'question', question: 4, questionScreen: editor });
    const next = wizardReducer(state, { type: 'FILE_CHANGED', report: withAnswer(4, 'New.'), changed: [4] });
    expect(next.questionScreen).toBeNull();
    // Another question's change leaves the open editor alone.
    expect(
      wizardReducer(state, { type: 'FILE_CHANGED', report: withAnswer(5, 'x'), changed: [5] }).questionScreen,
    ).toBe(editor);
  });

  test('should drop a draft that is what the file now holds, and say so', () => {
    const state = initialWizardState({
      screen: 'question',
      question: 4,
      drafts: { 4: { question: 4, text: 'Same.', base: '' } },
      questionScreen: initialQuestionState(4, 'Same.'),
    });
    const next = wizardReducer(state, { type: 'FILE_CHANGED', report: withAnswer(4, 'Same.'), changed: [4] });
    expect(next.drafts).toEqual({});
    expect(next.questionScreen).toBeNull();
    expect(next.notice).toBe(
      'The report changed on disk: question 4 read again. Your draft of question 4 is what the file holds now.',
    );
  });

  test('should keep a draft whose answer changed under it, untouched, and point to Ctrl+O', () => {
    const draft = { question: 4, text: 'Mine.', base: '' };
    const editor = initialQuestionState(4, 'Mine.');
    const state = initialWizardState({
      screen: 'question',
      question: 4,
      drafts: { 4: draft },
      questionScreen: editor,
    });
    const next = wizardReducer(state, {
      type: 'FILE_CHANGED',
      report: withAnswer(4, 'Theirs.'),
      changed: [4],
    });
    expect(next.drafts).toEqual({ 4: draft });
    expect(next.questionScreen).toBe(editor);
    expect(next.notice).toBe(
      'The report changed on disk: question 4 read again. Question 4 changed under your draft: the draft is kept; ' +
        'Ctrl+O on it compares the two.',
    );
  });

  test('should keep a draft whose question is gone from the file', () => {
    const draft = { question: 31, text: 'Mine.', base: '' };
    const state = initialWizardState({ drafts: { 31: draft } });
    const lost = parseReport(minimal.replace('### Question 31', '### Not a question'));
    expect(wizardReducer(state, { type: 'FILE_CHANGED', report: lost, changed: [31] }).drafts).toEqual({
      31: draft,
    });
  });

  test('should show a conflict on screen the file’s answer as it is now', () => {
    const state = initialWizardState({
      screen: 'conflict',
      conflicts: [{ question: 4, text: 'Mine.', base: '', file: 'Theirs.' }],
    });
    const next = wizardReducer(state, {
      type: 'FILE_CHANGED',
      report: withAnswer(4, 'Newer.'),
      changed: [4],
    });
    expect(next.conflicts).toEqual([{ question: 4, text: 'Mine.', base: '', file: 'Newer.' }]);
  });
});

describe('OPEN_RESOLVE', () => {
  test('should open the Resolve screen at its first conflict, over help and notice', () => {
    const state = initialWizardState({ resolveAt: 2, notice: 'x', help: true });
    expect(wizardReducer(state, { type: 'OPEN_RESOLVE' })).toEqual({
      ...state,
      screen: 'resolve',
      resolveAt: 0,
      notice: null,
      help: false,
    });
  });
});
