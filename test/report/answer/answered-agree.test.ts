import { describe, expect, it } from 'vitest';
import { reportDoc } from '../../../src/report/answer/report-doc.js';
import { headerSummary } from '../../../src/report/answer/status-summary.js';
import { parseReport } from '../../../src/report/parse-report.js';
import { summarizeReport } from '../../../src/report/summarize-report.js';
import { makeReport } from '../../helpers/make-report.js';

const answers = Object.fromEntries(
  Array.from({ length: 11 }, (_, i) => [i + 1, `Answer ${i + 1} in words.`]),
);

describe('answered, as status and the wizard count it', () => {
  it('should count an answer under a "####" sub-heading as answered in both', () => {
    const text = makeReport({
      answers: { ...answers, 12: '#### Details\n\nWe wrote this below a sub-heading.' },
    });
    const summary = summarizeReport(parseReport(text));
    const header = headerSummary(reportDoc(text, new TextEncoder().encode(text)), {});
    expect(summary.answered).toBe(12);
    expect(summary.unanswered).not.toContain(12);
    expect(header).toContain('· 12/31 answered ·');
  });
});
