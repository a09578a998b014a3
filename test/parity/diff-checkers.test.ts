import { describe, expect, it } from 'vitest';
import { diffCheckers } from '../../src/parity/diff-checkers.js';
import { checkerByVersion, newestChecker } from '../../src/report/generations.js';

const version = (name: string) => checkerByVersion(name)!;

describe('diffCheckers', () => {
  it('should name the Q3 change of the 2025 report.py', () => {
    expect(diffCheckers(version('2025-01-08.d1b907d5'), newestChecker)).toEqual([
      'Q3: 100–200 words in your report.py, 0–200 in the one graded today',
    ]);
  });

  it('should name the Q3 and Q31 changes of the 2024-12-22 report.py', () => {
    expect(diffCheckers(version('2024-12-22.4eb18892'), newestChecker)).toEqual([
      'Q3: 100–200 words in your report.py, 0–200 in the one graded today',
      'Q31: 50–200 words in your report.py, 50–300 in the one graded today',
    ]);
  });

  it('should say only that a 27-answer report.py expects a different count', () => {
    expect(diffCheckers(version('2024-11-25.bd7b0111'), newestChecker)).toEqual([
      'Your report.py expects 27 answers, the one graded today expects 31: a 27-answer report stops with a ValueError today.',
    ]);
  });

  it('should compare mixed and image limits between two 27-answer versions', () => {
    expect(diffCheckers(version('2022-12-29.58831729'), version('2023-01-19.d1fc9de3'))).toEqual([
      'Q7: no limit in your report.py, 50–100 words in the one graded today',
      'Q18: 50–100 words in your report.py, 100–200 in the one graded today',
      'Your report.py numbers its messages from 0 ("Question 0" is Q1).',
    ]);
  });

  it('should find nothing between a version and itself', () => {
    expect(diffCheckers(newestChecker, newestChecker)).toEqual([]);
  });
});
