import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { reportDoc } from '../../../../src/report/answer/report-doc.js';
import { parseReport } from '../../../../src/report/parse-report.js';
import { setAnswer } from '../../../../src/report/set-answer.js';
import { routeKey } from '../../../../src/ui/screens/route-key.js';
import { openQuestion } from '../../../../src/ui/screens/question/open-question.js';
import { questionText } from '../../../../src/ui/screens/question/question-state.js';
import { type WizardState, initialWizardState, wizardReducer } from '../../../../src/ui/wizard-reducer.js';
import { keyOf } from '../../../helpers/keys-of.js';

const minimal = readFileSync(new URL('../../../fixtures/reports/minimal-2026.md', import.meta.url), 'utf8');
const ctrlO = keyOf('\u000F');
const context = (text: string) => ({
  doc: reportDoc(text, new TextEncoder().encode(text)),
  columns: 80,
  bodyHeight: 20,
  now: 0,
});
// The question screen's first key also records the state it was drawn in: not this test's business.
const keySteps = (...args: Parameters<typeof routeKey>) =>
  routeKey(...args).filter((step) => !('type' in step && step.type === 'QUESTION_SHOWN'));
const theirs = setAnswer(parseReport(minimal), 4, 'Theirs.');

test('should open the two versions when the file’s answer changed under the open draft', () => {
  const draft = { question: 4, text: 'Mine.', base: '' };
  const state = initialWizardState({ screen: 'question', question: 4, drafts: { 4: draft } });
  expect(keySteps(state, ctrlO, context(theirs))).toEqual([
    { type: 'NOTIFY', message: null },
    {
      type: 'ADD_CONFLICT',
      conflict: { ...draft, file: 'Theirs.', resume: { screen: 'question', question: 4 } },
    },
  ]);
});

test('should say there is nothing to compare when the file’s answer is the draft’s base, or there is no draft', () => {
  const draft = { question: 4, text: 'Mine.', base: '' };
  const drafted = initialWizardState({ screen: 'question', question: 4, drafts: { 4: draft } });
  expect(keySteps(drafted, ctrlO, context(minimal))).toEqual([
    {
      type: 'NOTIFY',
      message: "Question 4's answer in the file has not changed since your draft began: nothing to compare.",
    },
  ]);
  const clean = initialWizardState({ screen: 'question', question: 4 });
  expect(keySteps(clean, ctrlO, context(theirs))).toEqual([
    {
      type: 'NOTIFY',
      message: "Question 4's answer in the file has not changed since it was read: nothing to compare.",
    },
  ]);
});

test('should open the question after f on the file’s answer, with the draft one Ctrl+Z back, until it is written', () => {
  // A save found the file's answer moved: the conflict has no place to resume, so f goes to the overview.
  const conflict = { question: 4, text: 'Mine.', base: '', file: 'Theirs.' };
  const asked = wizardReducer(initialWizardState({ screen: 'question', question: 4 }), {
    type: 'ADD_CONFLICT',
    conflict,
  });
  const kept = wizardReducer(asked, { type: 'RESOLVE_CONFLICT', keep: 'file' });
  expect(kept).toMatchObject({ screen: 'overview', drafts: {}, dropped: { 4: 'Mine.' } });
  const press = (state: WizardState, key: string): WizardState =>
    routeKey(state, keyOf(key), context(theirs)).reduce(
      (next, step) => ('type' in step ? wizardReducer(next, step) : next),
      state,
    );
  const opened = wizardReducer(kept, { type: 'OPEN_QUESTION', number: 4 });
  expect(questionText(openQuestion(opened, context(theirs).doc, 80)!.screen)).toBe('Theirs.');
  // A look at the example, out to the overview and back: the draft still waits in the editor's history.
  const looked = press(opened, '\u0014');
  expect(looked.questionScreen).not.toBeNull();
  const back = wizardReducer(wizardReducer(looked, { type: 'OPEN_OVERVIEW' }), {
    type: 'OPEN_QUESTION',
    number: 4,
  });
  const undone = press(back, '\u001A');
  expect(questionText(undone.questionScreen!)).toBe('Mine.');
  expect(undone.drafts).toEqual({ 4: { question: 4, text: 'Mine.', base: 'Theirs.' } });
  // Once the question's answer is written, its editor opens as usual.
  expect(wizardReducer(undone, { type: 'DRAFT_WRITTEN', number: 4, text: 'Mine.' })).toMatchObject({
    drafts: {},
    dropped: {},
  });
});
