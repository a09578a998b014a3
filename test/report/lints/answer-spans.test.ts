import { describe, expect, it } from 'vitest';
import { answerSpans } from '../../../src/report/lints/answer-spans.js';
import { parseReport } from '../../../src/report/parse-report.js';

const spanTexts = (text: string): (string | null)[] =>
  answerSpans(parseReport(text)).map((s) => (s ? text.slice(s.start, s.end) : null));

describe('answerSpans', () => {
  it('should run past sub-headings up to the next question or template section', () => {
    const text =
      '### Question 1\n> Answer:\n\nA\n\n### Sub\n\nB\n\n## Coding environment\n\n> Intro.\n\n' +
      '### Question 2\n> Answer:\n\nC\n\n## My notes\n\nD\n\n### Question 3\n> Answer:\n\nE\n\n## References\n\nF\n';
    expect(spanTexts(text)).toEqual([
      '\n\nA\n\n### Sub\n\nB\n\n',
      '\n\nC\n\n## My notes\n\nD\n\n',
      '\n\nE\n\n',
    ]);
  });

  it('should stop before the quote of a further "> Answer:" (a deleted heading)', () => {
    const text = '### Question 1\n> Answer:\n\nA\n\n> **Prompt two?**\n>\n> Answer:\n\nB\n';
    expect(spanTexts(text)).toEqual(['\n\nA\n\n']);
  });

  it('should give null for a question without "Answer:"', () => {
    expect(spanTexts('### Question 1\n> **Prompt?**\n\n### Question 2\n> Answer: x')).toEqual([null, ' x']);
  });
});
