import { readFileSync } from 'node:fs';
import { render } from 'ink-testing-library';
import stringWidth from 'string-width';
import { expect, test } from 'vitest';
import { Overview } from '../../../../src/ui/screens/overview/Overview.js';
import { reportDoc } from '../../../../src/report/answer/report-doc.js';

const text = readFileSync(new URL('../../../fixtures/reports/filled-2026.md', import.meta.url), 'utf8');
const doc = reportDoc(text, new TextEncoder().encode(text));
const { report } = doc;

test('should list sections and questions with marks and live counts around the selection', () => {
  const { lastFrame } = render(
    <Overview
      doc={doc}
      drafts={{ 5: { question: 5, text: 'short', base: '' } }}
      selected={4}
      width={80}
      height={7}
    />,
  );
  expect(lastFrame()).toBe(
    [
      '  ✓  2 List the study number of every group member.                      3 words',
      '  ✓  3 Which open-source packages outside the course d…           17/0-200 words',
      'Coding environment',
      '› ✓  4 How did you manage dependencies? Describe what …        127/100-200 words',
      '  ✗  5 Describe the structure of your code after start…  1/100-200 words · draft',
      '  ✓  6 Which rules for code quality, format, typing an…        128/100-200 words',
      'Version control',
    ].join('\n'),
  );
});

test('should show the last questions when the selection is at the end', () => {
  const { lastFrame } = render(<Overview doc={doc} drafts={{}} selected={31} width={60} height={3} />);
  expect(lastFrame()).toBe(
    [
      '  ✓ 29 Include a figure of the o…  215/200-400 words 1/1 img',
      '  ✓ 30 What were the biggest str…          213/200-400 words',
      '› ✓ 31 State what each member co…            73/50-300 words',
    ].join('\n'),
  );
});

test('should pad and cut prompts by the cells Ink draws, so wide characters keep the counts aligned', () => {
  const prompts: Record<number, string> = { 2: '中文 ✅ prompt', 3: '中'.repeat(40) };
  const wide = {
    ...report,
    questions: report.questions.map((question) => ({
      ...question,
      prompt: prompts[question.number] ?? question.prompt,
    })),
  };
  const { lastFrame } = render(
    <Overview doc={{ ...doc, report: wide }} drafts={{}} selected={2} width={60} height={3} />,
  );
  const rows = (lastFrame() ?? '').split('\n');
  expect(rows).toEqual([
    '  ✓  1 Which group number did you sign up w…          1 word',
    '› ✓  2 中文 ✅ prompt                                3 words',
    '  ✓  3 中中中中中中中中中中中中中中中中中中…  17/0-200 words',
  ]);
  expect(rows.map((row) => stringWidth(row))).toEqual([60, 60, 60]);
});
