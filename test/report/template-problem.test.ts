import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/report/parse-report.js';
import { templateProblem } from '../../src/report/template-problem.js';
import { makeReport } from '../helpers/make-report.js';

const problem = (text: string): string | null => templateProblem(parseReport(text), '2026');

describe('templateProblem', () => {
  it('should accept the blank template of the year', () => {
    expect(problem(makeReport({ generation: '2026' }))).toBeNull();
  });

  it('should name an answer that is no placeholder, also one typed on the Answer: line', () => {
    expect(problem(makeReport({ answers: { 7: 'We wrote 12 tests.' } }))).toBe(
      'question 7 holds an answer, not the template\'s "--- question 7 fill here ---", so it is someone\'s filled ' +
        "report, not the blank template: pass the course's newest reports/README.md.",
    );
    expect(problem(makeReport().replace('> Answer:', '> Answer: Group 5'))).toMatch(
      /^question 1 holds an answer/,
    );
  });

  it('should name a ticked item, and another year or question count', () => {
    expect(problem(makeReport().replace('* [ ] Push all', '* [X] Push all'))).toBe(
      "checklist item 11 is ticked, so it is someone's report, not the blank template: pass the course's newest " +
        'reports/README.md.',
    );
    expect(problem(makeReport({ generation: '2025' }))).toBe(
      "it is not the 2026 template (31 questions; it looks like 2025): pass the course's newest reports/README.md.",
    );
    expect(problem(makeReport().replace('### Question 31', '### Note'))).toBe(
      "it is not the 2026 template (30 questions; it looks like 2026): pass the course's newest reports/README.md.",
    );
  });
});
