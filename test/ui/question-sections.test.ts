import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/report/parse-report.js';
import { setAnswer } from '../../src/report/set-answer.js';
import { questionSections } from '../../src/ui/question-sections.js';
import { reportDoc } from '../../src/report/answer/report-doc.js';

const original = readFileSync(new URL('../fixtures/reports/minimal-2026.md', import.meta.url), 'utf8');
const docOf = (text: string) => reportDoc(text, new TextEncoder().encode(text));

describe('questionSections', () => {
  it('should not take a "## Details" heading inside an answer for a section', () => {
    const text = setAnswer(parseReport(original), 4, 'We did this.\n\n## Details\n\nAnd that.');
    const doc = docOf(text);
    const plain = questionSections(docOf(original));
    expect(doc.report.questions.find((q) => q.number === 5)!.section).toBe('Details');
    expect(questionSections(doc)).toEqual(plain);
    expect(plain.get(5)).toBe('Coding environment');
  });

  it('should keep a renamed section heading, which has only its quoted introduction under it', () => {
    const text = original.replace('## Coding environment', '## Our coding environment');
    expect(questionSections(docOf(text)).get(4)).toBe('Our coding environment');
  });
});
