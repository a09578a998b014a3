import { describe, expect, it } from 'vitest';
import { answeredReport } from './answered-report.js';
import { lineOfText } from './line-of-text.js';
import { lintsOf } from './lints-of.js';

describe('headingInAnswerRule', () => {
  it('should warn with both figures right when an "Answer:" comes before the heading (issue 19 item 3)', () => {
    const text = answeredReport({ 5: 'One two Answer: three four\n\n## Details\n\nfive six seven.' });
    const line = lineOfText(text, '## Details');
    expect(lintsOf(text, 'answer-in-answer').map((l) => l.message)).toEqual([
      `Question 5's answer contains "Answer:" on line ${lineOfText(text, 'One two')}: report.py splits the report at ` +
        'every "Answer:", so it counts only 2 of the 10 words of question 5. Write "answer:" in lower case or ' +
        'rephrase it.',
    ]);
    expect(lintsOf(text, 'heading-in-answer')).toEqual([
      {
        rule: 'heading-in-answer',
        question: 5,
        line,
        message:
          `report.py stops reading question 5's answer at the heading "## Details" on line ${line}: it counts ` +
          '2 words and misses the 5 words after it. Use bold text instead of a heading inside an answer.',
        claim: { counted: { words: 2, images: 0 }, missed: { words: 5, images: 0 } },
      },
    ]);
  });

  it('should tell how many words a sub-heading cuts off', () => {
    const text = answeredReport({
      5: 'We kept the layout of the template.\n\n### Our changes\n\nWe added a folder for scripts.',
    });
    const line = lineOfText(text, '### Our changes');
    expect(lintsOf(text, 'heading-in-answer')).toEqual([
      {
        rule: 'heading-in-answer',
        question: 5,
        line,
        message:
          `report.py stops reading question 5's answer at the heading "### Our changes" on line ${line}: it counts ` +
          '7 words and misses the 9 words after it. Use bold text instead of a heading inside an answer.',
        claim: { counted: { words: 7, images: 0 }, missed: { words: 9, images: 0 } },
      },
    ]);
  });

  it('should catch "##" inside a word', () => {
    const text = answeredReport({ 6: 'Our tools were written in C## and Python.' });
    expect(lintsOf(text, 'heading-in-answer').map((l) => l.message)).toEqual([
      `report.py stops reading question 6's answer at the "##" in "C##" on line ${lineOfText(text, 'C##')}: it ` +
        'counts 6 words and misses the 2 words after it. Avoid "##" in answers (write "C##" as "C sharp").',
    ]);
  });

  it('should catch "##" in a code block', () => {
    const text = answeredReport({ 7: 'We ran:\n\n```bash\n## build the image\ndocker build .\n```' });
    expect(lintsOf(text, 'heading-in-answer').map((l) => l.message)).toEqual([
      `report.py stops reading question 7's answer at "## build the image" in code on line ` +
        `${lineOfText(text, '## build')}: it counts 3 words and misses the 8 words after it. report.py cuts at any ` +
        '"##", even in code: start code comments with a single "#".',
    ]);
  });

  it('should catch "###" in the middle of a line and count lost images', () => {
    const text = answeredReport({ 8: 'Branches --- ### Rules for merging ![flow](figures/flow.png)' });
    expect(lintsOf(text, 'heading-in-answer').map((l) => l.message)).toEqual([
      `report.py stops reading question 8's answer at "### Rules for merging ![flow](figures/flow.png)" on line ` +
        `${lineOfText(text, 'Branches ---')}: it counts 2 words and misses the 5 words and 1 image after it. ` +
        'report.py cuts at any "##", even in the middle of a line: remove it.',
    ]);
  });

  it('should leave the section headings between questions and the last answer alone', () => {
    expect(
      lintsOf(answeredReport({ 31: 'We all did everything.\n\n## Appendix' }), 'heading-in-answer'),
    ).toEqual([]);
  });
});
