import { describe, expect, it } from 'vitest';
import { answeredReport } from './answered-report.js';
import { lineOfText } from './line-of-text.js';
import { lintsOf } from './lints-of.js';

const references = '\n## References\n\nA paper we read and liked.\n';

describe('afterLastAnswerRule', () => {
  it('should tell that a section after the last answer counts towards it', () => {
    const text = answeredReport({ 31: 'Everyone did everything.' }) + references;
    const line = lineOfText(text, '## References');
    expect(lintsOf(text, 'after-last-answer')).toEqual([
      {
        rule: 'after-last-answer',
        question: 31,
        line,
        message:
          `The 8 words below question 31's answer (from "## References" on line ${line}) count towards question 31: ` +
          'report.py adds everything after the last "Answer:" to the last answer, so it counts 11 words for it ' +
          '(limit 50-300). Move that text above the first question (report.py ignores everything before the first ' +
          '"Answer:") or delete it.',
        claim: { counted: { words: 8, images: 0 } },
      },
    ]);
  });

  it('should tell when that text pushes the answer over its limit', () => {
    const text = answeredReport({ 31: Array.from({ length: 295 }, () => 'word').join(' ') }) + references;
    expect(lintsOf(text, 'after-last-answer')[0]!.message).toContain(
      'so it counts 303 words for it, over its 300-word limit.',
    );
  });

  it('should find nothing when the answer ends the file', () => {
    expect(lintsOf(answeredReport(), 'after-last-answer')).toEqual([]);
  });
});
