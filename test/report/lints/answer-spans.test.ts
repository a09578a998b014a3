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

  it('should run past a "# comment" inside fenced code (bash) up to the next question', () => {
    const answer = 'We used uv. Steps:\n\n```bash\n# install deps\nuv sync\n```\n\nThen run the tests.\n\n';
    const text = `### Question 4\n> Answer:\n\n${answer}### Question 5\n> Answer:\n\nB\n`;
    expect(spanTexts(text)).toEqual([`\n\n${answer}`, '\n\nB\n']);
  });

  it('should keep a tilde fence open past a shorter or other closing run, and end at a heading after it', () => {
    const code = '~~~~\n# a\n~~~\n```\n## Overall discussion of project\n~~~~~\n';
    const text = `### Question 1\n> Answer:\n\n${code}# Title\n`;
    expect(spanTexts(text)).toEqual([`\n\n${code}`]);
  });

  it('should read a one-line ```x``` as inline code, not a fence that hides the next heading', () => {
    const text = '### Question 1\n> Answer:\n\nRun ```x``` first.\n\n# Title\n\nMore.\n';
    expect(spanTexts(text)).toEqual(['\n\nRun ```x``` first.\n\n']);
  });

  it('should end an unclosed fence at the next question heading', () => {
    const text = '### Question 1\n> Answer:\n\n```\n# code\n\n### Question 2\n> Answer:\n\nB\n';
    expect(spanTexts(text)).toEqual(['\n\n```\n# code\n\n', '\n\nB\n']);
  });

  it('should end an unclosed fence at a template section inside it, not carry the answer over the section', () => {
    const section = '## Working in the cloud\n\n> Intro.\n\n';
    const text = `### Question 1\n> Answer:\n\n\`\`\`\n# code\n\n${section}### Question 2\n> Answer:\n\nB\n`;
    expect(spanTexts(text)).toEqual(['\n\n```\n# code\n\n', '\n\nB\n']);
    const last = `### Question 1\n> Answer:\n\n~~~\nx\n\n${section}`;
    expect(spanTexts(last)).toEqual(['\n\n~~~\nx\n\n']);
  });

  it('should run past a template section inside a fence that closes', () => {
    const code = '```\n## Working in the cloud\n```\n';
    const text = `### Question 1\n> Answer:\n\n${code}\n### Question 2\n> Answer:\n\nB\n`;
    expect(spanTexts(text)).toEqual([`\n\n${code}\n`, '\n\nB\n']);
  });
});
