import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerHazards } from '../../src/report/answer-hazards.js';
import { checkReport } from '../../src/report/check-report.js';
import { countImages } from '../../src/report/count-images.js';
import { countWords } from '../../src/report/count-words.js';
import { parseReport } from '../../src/report/parse-report.js';
import { setAnswer } from '../../src/report/set-answer.js';
import { makeReport } from '../helpers/make-report.js';

const report = parseReport(makeReport());
const bold = 'Use bold text (**Like this**) for a sub-heading.';

describe('answerHazards', () => {
  it('should give both hazards of an "Answer:" before a "##", counting all the words (issue 19 item 3)', () => {
    expect(answerHazards(report, 5, 'One two Answer: three four\n\n## Details\n\nfive six seven.')).toEqual([
      'The new answer contains "Answer:", and report.py splits the report at every "Answer:": it would count only ' +
        '2 of the 10 words of question 5. Write "answer:" in lower case or rephrase it.',
      'The new answer contains "##" on its line 3, where report.py stops counting question 5\'s answer: 5 of its ' +
        `10 words would not count. ${bold}`,
    ]);
  });

  it('should find nothing in plain text or a single "#"', () => {
    expect(answerHazards(report, 5, 'We used #1 ranked tools.\n\nMore # words here.')).toEqual([]);
  });

  it('should count a "##" after the last word as the word report.py misses', () => {
    expect(answerHazards(report, 5, 'done ##')).toEqual([
      'The new answer contains "##" on its line 1, where report.py stops counting question 5\'s answer: 1 of its ' +
        '2 words would not count. report.py cuts at any "##", even inside a line or in code: remove it.',
    ]);
  });

  it('should say that an "Answer:" with a heading after it makes report.py refuse the whole report', () => {
    const text = 'foo\n### Question 99\n\n> Answer: bar';
    expect(checkReport(setAnswer(report, 5, text)).fatal).toMatch(/^ValueError/);
    expect(answerHazards(report, 5, text)).toEqual([
      'The new answer contains "Answer:", and report.py splits the report at every "Answer:": it would see 32 ' +
        'answers instead of 31 and refuse the whole report. Write "answer:" in lower case or rephrase it.',
      'The new answer contains "##" on its line 2, where report.py stops counting question 5\'s answer: 6 of its 7 ' +
        `words would not count. ${bold}`,
    ]);
  });

  it('should say how many words report.py counts when an "Answer:" inside a line drops what comes before it', () => {
    expect(checkReport(setAnswer(report, 5, 'first part Answer: second part')).questions[4]!.words).toBe(2);
    expect(answerHazards(report, 5, 'first part Answer: second part')).toEqual([
      'The new answer contains "Answer:", and report.py splits the report at every "Answer:": it would count only ' +
        '2 of the 5 words of question 5. Write "answer:" in lower case or rephrase it.',
    ]);
  });

  it('should refuse an "Answer:" even where report.py happens to count the same number of words', () => {
    expect(answerHazards(report, 5, 'Answer:a')).toEqual([
      'The new answer contains "Answer:", and report.py splits the report at every "Answer:": it would start ' +
        'question 5\'s answer after that "Answer:". Write "answer:" in lower case or rephrase it.',
    ]);
  });

  it('should say when an extra "Answer:" shifts every later answer onto the wrong question', () => {
    // Question 9 lost its marker, so report.py sees 30 answers already; the new one makes 31 again.
    const broken = parseReport(makeReport().replace(/(### Question 9\n[^]*?)> Answer:/, '$1> Reply:'));
    expect(answerHazards(broken, 5, 'a\n\n**Q**\n\nanswer ### x Answer: b')).toEqual([
      'The new answer contains "Answer:", and report.py splits the report at every "Answer:": it would see 31 ' +
        'answers instead of 30 and check every later answer against the wrong question. Write "answer:" in lower ' +
        'case or rephrase it.',
      'The new answer contains "##" on its line 5, where report.py stops counting question 5\'s answer: 4 of its 7 ' +
        'words would not count. report.py cuts at any "##", even inside a line or in code: ' +
        'remove it.',
    ]);
  });

  it('should count the words a sub-heading cuts off, as report.py would', () => {
    const text = 'Intro\n\n## Details\n\nMore words here';
    expect(checkReport(setAnswer(report, 5, text)).questions[4]!.words).toBe(1);
    expect(answerHazards(report, 5, text)).toEqual([
      'The new answer contains "##" on its line 3, where report.py stops counting question 5\'s answer: 5 of its 6 ' +
        `words would not count. ${bold}`,
    ]);
  });

  it('should count lost images, and a "##" inside a word', () => {
    expect(answerHazards(report, 5, 'text\n> ## H\n![a](figures/a.png)')).toEqual([
      'The new answer contains "##" on its line 2, where report.py stops counting question 5\'s answer: 3 of its 5 ' +
        `words and 1 of its 1 image would not count. ${bold}`,
    ]);
    expect(answerHazards(report, 5, 'I use C## daily')).toEqual([
      'The new answer contains "##" on its line 1, where report.py stops counting question 5\'s answer: 1 of its 4 ' +
        'words would not count. report.py cuts at any "##", even inside a line or in code: ' +
        'remove it.',
    ]);
  });

  it('should say that "###" in the last answer makes report.py keep one answer too many', () => {
    expect(answerHazards(report, 31, 'Intro\n### Sub\nmore')).toEqual([
      'The new answer contains "###", which changes what report.py keeps: it would see 32 answers instead of 31 ' +
        `and refuse the whole report. ${bold}`,
    ]);
    // report.py appends the last chunk whole, so a "##" there cuts nothing.
    expect(answerHazards(report, 31, 'a ## b')).toEqual([]);
  });

  it('should find the same in a CRLF report', () => {
    const crlf = parseReport(makeReport({ eol: '\r\n' }));
    expect(answerHazards(crlf, 5, 'Intro\r\n## X\r\nmore')).toEqual([
      'The new answer contains "##" on its line 2, where report.py stops counting question 5\'s answer: 3 of its 4 ' +
        `words would not count. ${bold}`,
    ]);
  });

  it('should find nothing for a question without an answer marker', () => {
    expect(answerHazards(report, 40, 'a ## b')).toEqual([]);
  });

  it('should find nothing exactly when report.py counts every word and image of the new answer', () => {
    const piece = fc.constantFrom(
      'a',
      'word',
      ' ',
      '\n',
      '\r\n',
      '#',
      '##',
      '###',
      'Answer:',
      '![x](y)',
      '> ',
      '\t',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.constantFrom(5, 30, 31), (pieces, n) => {
        const text = pieces.join('');
        const result = checkReport(setAnswer(report, n, text));
        const counted = result.questions[n - 1];
        const whole =
          result.fatal === null &&
          counted !== undefined &&
          counted.words === countWords(text) &&
          counted.images === countImages(text.replace(/\r\n?/g, '\n'));
        expect([text, answerHazards(report, n, text).length === 0]).toEqual([
          text,
          whole && !text.includes('Answer:'),
        ]);
      }),
      { numRuns: 500 },
    );
  });
});
