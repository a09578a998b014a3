import { describe, expect, it } from 'vitest';
import { answeredReport } from './answered-report.js';
import { lineOfText } from './line-of-text.js';
import { lintsOf } from './lints-of.js';

describe('answerInAnswerRule', () => {
  it('should tell how much of the answer report.py still counts', () => {
    const text = answeredReport({ 9: 'We used branches.\n\nAnswer: yes, always.' });
    const line = lineOfText(text, 'Answer: yes');
    expect(lintsOf(text, 'answer-in-answer')).toEqual([
      {
        rule: 'answer-in-answer',
        question: 9,
        line,
        message:
          `Question 9's answer contains "Answer:" on line ${line}: report.py splits the report at every "Answer:", ` +
          'so it counts only 2 of the 6 words of question 9. Write "answer:" in lower case or rephrase it.',
        claim: { counted: { words: 2, images: 0 }, missed: { words: 4, images: 0 } },
      },
    ]);
  });

  it('should tell when it makes report.py see one answer too many', () => {
    const text = answeredReport({ 9: 'We used branches.\n\n#### Note\n\nAnswer: yes.' });
    expect(lintsOf(text, 'answer-in-answer').map((l) => l.message)).toEqual([
      `Question 9's answer contains "Answer:" on line ${lineOfText(text, 'Answer: yes')}: report.py splits the ` +
        'report at every "Answer:", so it sees 32 answers instead of 31 and will refuse the whole report. Write ' +
        '"answer:" in lower case or rephrase it.',
    ]);
  });

  it('should claim how many answers report.py sees with and without the marker', () => {
    const text = answeredReport({ 9: 'We used branches.\n\n#### Note\n\nAnswer: yes.' });
    expect(lintsOf(text, 'answer-in-answer').map((l) => l.claim)).toEqual([
      { answers: { now: 32, fixed: 31 } },
    ]);
  });

  it('should not mind a lower-case "answer:"', () => {
    expect(lintsOf(answeredReport({ 9: 'The short answer: yes.' }), 'answer-in-answer')).toEqual([]);
  });
});
