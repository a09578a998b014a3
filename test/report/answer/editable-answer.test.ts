import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { editableAnswer } from '../../../src/report/answer/editable-answer.js';
import { parseReport } from '../../../src/report/parse-report.js';
import { setAnswer } from '../../../src/report/set-answer.js';

const minimalReport = parseReport(
  readFileSync(new URL('../../fixtures/reports/minimal-2026.md', import.meta.url), 'utf8'),
);

describe('editableAnswer', () => {
  test('should start the editor empty while only the placeholder is there', () => {
    expect(editableAnswer(minimalReport.questions[3]!)).toBe('');
  });

  test('should start the editor from the answer the file has', () => {
    const text = setAnswer(minimalReport, 4, 'Our own words.');
    expect(editableAnswer(parseReport(text).questions[3]!)).toBe('Our own words.');
  });
});
