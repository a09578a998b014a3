import { describe, expect, it } from 'vitest';
import { answeredReport } from './answered-report.js';
import { lineOfText } from './line-of-text.js';
import { lintsOf } from './lints-of.js';

describe('placeholderRule', () => {
  it('should point at a placeholder left next to an answer', () => {
    const text = answeredReport({ 4: 'We pinned every version.\n\n--- question 4 fill here ---' });
    const line = lineOfText(text, '--- question 4 fill here ---');
    expect(lintsOf(text, 'placeholder')).toEqual([
      {
        rule: 'placeholder',
        question: 4,
        line,
        message:
          `Question 4 still has the placeholder "--- question 4 fill here ---" on line ${line} next to your answer: ` +
          'report.py counts its 6 words too. Delete it (report-wizard fix does).',
        claim: { counted: { words: 6, images: 0 } },
      },
    ]);
  });

  it('should tell that a question with only its placeholder is not answered', () => {
    const text = answeredReport({ 5: '--- question 5 fill here ---' });
    const line = lineOfText(text, '--- question 5 fill here ---');
    expect(lintsOf(text, 'placeholder')).toEqual([
      {
        rule: 'placeholder',
        question: 5,
        line,
        message:
          `Question 5 is not answered yet: line ${line} still has the placeholder "--- question 5 fill here ---", ` +
          'which report.py counts as 6 words. Replace it with your answer.',
        claim: { counted: { words: 6, images: 0 } },
      },
    ]);
  });

  it('should neither promise a fix nor count words for a placeholder below a sub-heading', () => {
    const text = answeredReport({ 6: 'Intro.\n\n### More\n\n--- question 6 fill here ---' });
    const line = lineOfText(text, '--- question 6 fill here ---');
    expect(lintsOf(text, 'placeholder').map((l) => l.message)).toEqual([
      `Question 6 still has the placeholder "--- question 6 fill here ---" on line ${line} next to your answer: ` +
        'report.py does not count it (it stops counting this answer before it), but the page shows it. Delete it.',
    ]);
  });

  it('should claim no words for a placeholder below a sub-heading', () => {
    const text = answeredReport({ 6: 'Intro.\n\n### More\n\n--- question 6 fill here ---' });
    expect(lintsOf(text, 'placeholder').map((l) => l.claim)).toEqual([{ counted: { words: 0, images: 0 } }]);
  });

  it('should claim only the words deleting it takes off when it is glued to a word', () => {
    const text = answeredReport({ 4: 'We pinned versions--- question 4 fill here ---' });
    expect(lintsOf(text, 'placeholder').map((l) => l.claim)).toEqual([{ counted: { words: 5, images: 0 } }]);
  });

  it('should ignore the example placeholder in the introduction', () => {
    expect(lintsOf(answeredReport(), 'placeholder')).toEqual([]);
  });
});
