import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkReport } from '../../src/report/check-report.js';
import { parseReport } from '../../src/report/parse-report.js';
import { setAnswer } from '../../src/report/set-answer.js';
import { initialWizardState, startState, wizardReducer } from '../../src/ui/wizard-reducer.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/reports/${name}.md`, import.meta.url), 'utf8');
const minimal = fixture('minimal-2026');
const minimalReport = parseReport(minimal);
const minimalCheck = checkReport(minimal, '2026');

describe('wizardReducer', () => {
  test('should open a question and clear the notice', () => {
    const state = initialWizardState({ notice: 'Wrote question 3.' });
    expect(wizardReducer(state, { type: 'OPEN_QUESTION', number: 7 })).toEqual({
      ...state,
      screen: 'question',
      question: 7,
      notice: null,
    });
  });

  test('should keep the base a draft began with while it is edited', () => {
    let state = initialWizardState();
    state = wizardReducer(state, { type: 'EDIT_DRAFT', number: 4, text: 'a', base: '' });
    state = wizardReducer(state, { type: 'EDIT_DRAFT', number: 4, text: 'ab', base: 'ignored' });
    expect(state.drafts).toEqual({ 4: { question: 4, text: 'ab', base: '' } });
  });

  test('should drop a draft edited back to the file answer', () => {
    let state = initialWizardState();
    state = wizardReducer(state, { type: 'EDIT_DRAFT', number: 4, text: 'old!', base: 'old' });
    state = wizardReducer(state, { type: 'EDIT_DRAFT', number: 4, text: 'old', base: 'old' });
    expect(state.drafts).toEqual({});
  });

  test('should drop a written draft only when nothing was typed since the write began', () => {
    const typing = wizardReducer(initialWizardState(), {
      type: 'EDIT_DRAFT',
      number: 2,
      text: 'ab',
      base: '',
    });
    expect(wizardReducer(typing, { type: 'DRAFT_WRITTEN', number: 2, text: 'a' }).drafts).toEqual(
      typing.drafts,
    );
    expect(wizardReducer(typing, { type: 'DRAFT_WRITTEN', number: 2, text: 'ab' }).drafts).toEqual({});
  });

  test('should quit at once when no draft is unwritten', () => {
    expect(wizardReducer(initialWizardState(), { type: 'ASK_QUIT' })).toMatchObject({
      quitting: false,
      done: true,
    });
  });

  test('should ask before quitting with an unwritten draft, and discard it when told to', () => {
    const typing = wizardReducer(initialWizardState(), {
      type: 'EDIT_DRAFT',
      number: 2,
      text: 'x',
      base: '',
    });
    const asking = wizardReducer(typing, { type: 'ASK_QUIT' });
    expect(asking).toMatchObject({ quitting: true, done: false });
    expect(wizardReducer(asking, { type: 'CANCEL_QUIT' })).toMatchObject({ quitting: false, done: false });
    expect(wizardReducer(asking, { type: 'QUIT', discard: false })).toMatchObject({
      done: true,
      drafts: typing.drafts,
    });
    expect(wizardReducer(asking, { type: 'QUIT', discard: true })).toMatchObject({ done: true, drafts: {} });
  });

  test('should keep the filter on Enter and clear it on Esc', () => {
    let state = wizardReducer(initialWizardState({ screen: 'checklist' }), { type: 'START_FILTER' });
    state = wizardReducer(state, { type: 'SET_FILTER', text: 'm17' });
    expect(wizardReducer(state, { type: 'END_FILTER', keep: true })).toMatchObject({
      filtering: false,
      filter: 'm17',
    });
    expect(wizardReducer(state, { type: 'END_FILTER', keep: false })).toMatchObject({
      filtering: false,
      filter: '',
    });
  });

  test('should move a draft to the conflicts and resolve it with the draft on a new base, on its question', () => {
    const typing = wizardReducer(initialWizardState(), {
      type: 'EDIT_DRAFT',
      number: 5,
      text: 'mine',
      base: 'old',
    });
    const conflict = { question: 5, text: 'mine', base: 'old', file: 'theirs' };
    const asked = wizardReducer(typing, { type: 'ADD_CONFLICT', conflict });
    expect(asked).toMatchObject({ screen: 'conflict', drafts: {}, conflicts: [conflict] });
    expect(wizardReducer(asked, { type: 'RESOLVE_CONFLICT', keep: 'draft' })).toMatchObject({
      screen: 'question',
      question: 5,
      conflicts: [],
      drafts: { 5: { question: 5, text: 'mine', base: 'theirs' } },
    });
    expect(wizardReducer(asked, { type: 'RESOLVE_CONFLICT', keep: 'file' })).toMatchObject({
      screen: 'overview',
      conflicts: [],
      drafts: {},
    });
  });

  test('should open the parity screen while it runs, show its result, and go back where it came from', () => {
    const from = initialWizardState({ screen: 'checklist' });
    const running = wizardReducer(from, { type: 'PARITY_STARTED' });
    expect(running).toMatchObject({
      screen: 'parity',
      parity: { running: true, result: null, scroll: 0, from: 'checklist' },
    });
    const result = { report: null, error: 'report.py did not finish within 60 seconds.' };
    const done = wizardReducer(running, { type: 'PARITY_DONE', result });
    expect(done.parity).toEqual({ running: false, result, scroll: 0, from: 'checklist' });
    expect(wizardReducer(done, { type: 'PARITY_SCROLL', top: 3 }).parity?.scroll).toBe(3);
    expect(wizardReducer(done, { type: 'CLOSE_PARITY' })).toMatchObject({
      screen: 'checklist',
      parity: null,
    });
  });

  test('should drop a parity result that arrives after its screen was closed', () => {
    const closed = wizardReducer(wizardReducer(initialWizardState(), { type: 'PARITY_STARTED' }), {
      type: 'CLOSE_PARITY',
    });
    const late = wizardReducer(closed, { type: 'PARITY_DONE', result: { report: null, error: 'late' } });
    expect(late).toMatchObject({ screen: 'overview', parity: null });
  });
});

describe('startState', () => {
  test('should open a report seen for the first time at the first failing question, in the overview', () => {
    // Questions 1-3 pass with their placeholders (no constraint, or 0-200 words), so question 4 fails first.
    expect(startState({ report: minimalReport, check: minimalCheck, saved: null })).toEqual(
      initialWizardState({ screen: 'overview', question: 4 }),
    );
  });

  test('should resume at the saved question and restore a draft whose base is still in the file', () => {
    const saved = {
      screen: 'question' as const,
      question: 12,
      drafts: [{ question: 12, text: 'half an answer', base: '' }],
    };
    expect(startState({ report: minimalReport, check: minimalCheck, saved })).toEqual(
      initialWizardState({
        screen: 'question',
        question: 12,
        drafts: { 12: { question: 12, text: 'half an answer', base: '' } },
        notice: 'Resumed at question 12 · 1 unsaved draft restored',
      }),
    );
  });

  test('should ask about a draft whose question changed in the file since the draft began', () => {
    const text = setAnswer(minimalReport, 12, 'Written elsewhere.');
    const report = parseReport(text);
    const saved = {
      screen: 'overview' as const,
      question: 12,
      drafts: [{ question: 12, text: 'mine', base: '' }],
    };
    expect(startState({ report, check: checkReport(text, '2026'), saved })).toEqual(
      initialWizardState({
        screen: 'conflict',
        question: 12,
        conflicts: [{ question: 12, text: 'mine', base: '', file: 'Written elsewhere.' }],
        notice: 'Resumed at question 12 · 1 draft to compare with the file',
      }),
    );
  });

  test('should forget a draft the file already has', () => {
    const text = setAnswer(minimalReport, 12, 'Same words.');
    const saved = {
      screen: 'overview' as const,
      question: 2,
      drafts: [{ question: 12, text: 'Same words.', base: '' }],
    };
    expect(startState({ report: parseReport(text), check: checkReport(text, '2026'), saved }).drafts).toEqual(
      {},
    );
  });

  test('should not say "Resumed at" when --question or --checklist chose where to open', () => {
    const saved = { screen: 'overview' as const, question: 2, drafts: [] };
    expect(startState({ report: minimalReport, check: minimalCheck, saved, question: 15 }).notice).toBeNull();
    expect(
      startState({ report: minimalReport, check: minimalCheck, saved, checklist: true }).notice,
    ).toBeNull();
    expect(startState({ report: minimalReport, check: minimalCheck, saved }).notice).toBe(
      'Resumed at question 2',
    );
  });

  test('should let --question and --checklist override the saved screen', () => {
    const saved = { screen: 'checklist' as const, question: 2, drafts: [] };
    expect(startState({ report: minimalReport, check: minimalCheck, saved, question: 20 })).toMatchObject({
      screen: 'question',
      question: 20,
    });
    expect(
      startState({ report: minimalReport, check: minimalCheck, saved: null, checklist: true }),
    ).toMatchObject({
      screen: 'checklist',
      question: 4,
    });
  });
});

describe('a conflict found at start', () => {
  test('should stay on the question the wizard resumed at when the file’s answer is kept', () => {
    const text = setAnswer(minimalReport, 12, 'Written elsewhere.');
    const report = parseReport(text);
    const saved = {
      screen: 'question' as const,
      question: 12,
      drafts: [{ question: 12, text: 'mine', base: '' }],
    };
    const start = startState({ report, check: checkReport(text, '2026'), saved });
    expect(start.screen).toBe('conflict');
    expect(wizardReducer(start, { type: 'RESOLVE_CONFLICT', keep: 'file' })).toMatchObject({
      screen: 'question',
      question: 12,
      conflicts: [],
      drafts: {},
    });
  });

  test('should drop the start notice of drafts to compare once the last conflict is settled', () => {
    const text = setAnswer(minimalReport, 12, 'Written elsewhere.');
    const report = parseReport(text);
    const saved = {
      screen: 'question' as const,
      question: 12,
      drafts: [{ question: 12, text: 'mine', base: '' }],
    };
    const start = startState({ report, check: checkReport(text, '2026'), saved });
    expect(start.notice).toBe('Resumed at question 12 · 1 draft to compare with the file');
    expect(wizardReducer(start, { type: 'RESOLVE_CONFLICT', keep: 'file' }).notice).toBe(
      "Question 12 has the file's answer; Ctrl+Z in its editor brings your draft back.",
    );
    expect(wizardReducer(start, { type: 'RESOLVE_CONFLICT', keep: 'draft' }).notice).toBeNull();
  });
});
