import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { changedAnswers } from '../../../src/report/answer/changed-answers.js';
import { parseReport } from '../../../src/report/parse-report.js';
import { setAnswer } from '../../../src/report/set-answer.js';

const minimal = readFileSync(new URL('../../fixtures/reports/minimal-2026.md', import.meta.url), 'utf8');
const before = parseReport(minimal);

test('should list no question when only the checklist changed', () => {
  const ticked = parseReport(minimal.replace('* [ ]', '* [x]'));
  expect(ticked.text).not.toBe(minimal);
  expect(changedAnswers(before, ticked)).toEqual([]);
});

test('should list the questions whose answer changed, in report order', () => {
  const after = parseReport(setAnswer(parseReport(setAnswer(before, 9, 'Nine.')), 4, 'Four.'));
  expect(changedAnswers(before, after)).toEqual([4, 9]);
});

test('should list a question the new version lost, after those that changed', () => {
  const lost = parseReport(minimal.replace('### Question 31', '### Not a question'));
  // Question 30's answer now runs on over what was question 31.
  expect(changedAnswers(before, lost)).toEqual([30, 31]);
});
