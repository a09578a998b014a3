import { describe, expect, it } from 'vitest';
import { answeredReport } from './answered-report.js';
import { lineOfText } from './line-of-text.js';
import { lintsOf } from './lints-of.js';

describe('structureRule', () => {
  it('should name a deleted question heading and point where it belongs', () => {
    const text = answeredReport().replace('### Question 9\n\n', '');
    const quote = /\n(> \*\*[^\n]*)\n[^]*?Our answer to question 9\./.exec(
      text.slice(text.indexOf('question 8.')),
    )![1]!;
    const line = lineOfText(text, quote);
    expect(lintsOf(text, 'structure')).toEqual([
      {
        rule: 'structure',
        question: 9,
        line,
        message:
          'The "### Question 9" heading is missing: report.py sees 30 answers instead of 31 and will refuse the ' +
          `whole report. Put the heading back above line ${line}, where question 9's quote starts.`,
      },
    ]);
  });

  it('should name a repeated question heading', () => {
    const text = answeredReport({ 18: 'We used the cloud.\n\n### Question 18 check\n\nMore words here.' });
    const first = lineOfText(text, '### Question 18');
    const second = lineOfText(text, '### Question 18 check');
    expect(lintsOf(text, 'structure')).toEqual([
      {
        rule: 'structure',
        question: 18,
        line: second,
        message:
          `"### Question 18" appears twice (lines ${first} and ${second}): report.py stops reading question 18's ` +
          `answer at line ${second}. Remove or renumber the extra heading (use bold text for a title inside an answer).`,
      },
    ]);
  });

  it('should name a question whose "> Answer:" line was removed', () => {
    const text = answeredReport().replace(
      '> Answer:\n\nOur answer to question 12.',
      'Our answer to question 12.',
    );
    const line = lineOfText(text, '### Question 12');
    expect(lintsOf(text, 'structure')).toEqual([
      {
        rule: 'structure',
        question: 12,
        line,
        message:
          `Question 12 (line ${line}) has no "> Answer:" line: report.py sees 30 answers instead of 31 and will ` +
          'refuse the whole report. Put "> Answer:" back as the last line of its quote.',
      },
    ]);
  });

  it('should explain a "###" heading after the last answer', () => {
    const text = answeredReport({ 31: 'Split evenly.\n\n### Who did what\n\nAll of us.' });
    const line = lineOfText(text, '### Who did what');
    expect(lintsOf(text, 'structure')).toEqual([
      {
        rule: 'structure',
        question: 31,
        line,
        message:
          `The heading "### Who did what" on line ${line} comes after the last "Answer:": report.py keeps the last ` +
          'answer twice (once cut at this heading, once whole), so report.py sees 32 answers instead of 31 and will ' +
          'refuse the whole report. Use bold text instead of a "###" heading there, or move that part above the ' +
          'first question.',
      },
    ]);
  });

  it('should say it once when no question has an "> Answer:" line', () => {
    const text = '### Question 1\n> **Group?**\n\nGroup 1\n\n### Question 2\n> **Members?**\n\ns1\n';
    expect(lintsOf(text, 'structure')).toEqual([
      {
        rule: 'structure',
        question: null,
        line: 1,
        message:
          'None of the 2 questions has a "> Answer:" line: report.py finds no answer at all and stops with an ' +
          'error. Put "> Answer:" back as the last line of every question\'s quote.',
      },
    ]);
  });

  it('should find nothing in the template layout', () => {
    expect(lintsOf(answeredReport(), 'structure')).toEqual([]);
  });
});
