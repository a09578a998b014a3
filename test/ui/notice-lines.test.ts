import { describe, expect, it } from 'vitest';
import { noticeLines } from '../../src/ui/notice-lines.js';

const notice =
  'Today’s report.py refuses this 27-question template: ValueError: Number of answers are different.';

describe('noticeLines', () => {
  it('should wrap the notice at word boundaries where the rows hold it', () => {
    expect(noticeLines(notice, 40, 3)).toEqual([
      'Today’s report.py refuses this',
      '27-question template: ValueError: Number',
      'of answers are different.',
    ]);
  });

  it('should fill the last row it has and end it with … where the notice is longer', () => {
    expect(noticeLines(notice, 40, 1)).toEqual(['Today’s report.py refuses this 27-quest…']);
    expect(noticeLines(notice, 40, 2)).toEqual([
      'Today’s report.py refuses this',
      '27-question template: ValueError: Numbe…',
    ]);
  });
});
