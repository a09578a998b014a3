import { describe, expect, it } from 'vitest';
import { answeredReport } from './answered-report.js';
import { lineOfText } from './line-of-text.js';
import { lintsOf } from './lints-of.js';

describe('inlineAnswerRule', () => {
  it('should point at an answer typed on the "> Answer:" line', () => {
    const text = answeredReport().replace(
      '> Answer:\n\nOur answer to question 2.',
      '> Answer: s111111, s222222\n',
    );
    const line = lineOfText(text, '> Answer: s111111');
    expect(lintsOf(text, 'inline-answer')).toEqual([
      {
        rule: 'inline-answer',
        question: 2,
        line,
        message:
          `Question 2's answer is typed on the "> Answer:" line (line ${line}), so it shows as part of the ` +
          'question. Move it below the quote, after a blank line (report-wizard fix does).',
        claim: { counted: { words: 2, images: 0 }, fixed: { words: 2, images: 0 } },
      },
    ]);
  });

  it('should tell when moving it drops the ">" marks report.py counts as words', () => {
    const text = answeredReport().replace(
      '> Answer:\n\nOur answer to question 2.',
      '> Answer: s111111,\n> s222222\n> \n',
    );
    const line = lineOfText(text, '> Answer: s111111');
    expect(lintsOf(text, 'inline-answer').map((l) => [l.message, l.claim])).toEqual([
      [
        `Question 2's answer is typed on the "> Answer:" line (line ${line}), so it shows as part of the question. ` +
          'Move it below the quote, after a blank line (report-wizard fix does; report.py then counts 2 words, not ' +
          '4: the ">" marks are words to it).',
        { counted: { words: 4, images: 0 }, fixed: { words: 2, images: 0 } },
      ],
    ]);
  });

  it('should find nothing when answers sit below the quote', () => {
    expect(lintsOf(answeredReport(), 'inline-answer')).toEqual([]);
  });
});
