import { describe, expect, it } from 'vitest';
import { makeReport } from '../../helpers/make-report.js';
import { lintsOf } from './lints-of.js';

describe('outdatedTemplateRule', () => {
  it('should list the limits that changed since a 31-question template', () => {
    expect(lintsOf(makeReport({ generation: '2025' }), 'outdated-template')).toEqual([
      {
        rule: 'outdated-template',
        question: null,
        line: null,
        message:
          'This report uses the 2025 template (31 questions, Q3 100-200 words); staff grade with the 2026 template ' +
          "(31 questions, Q3 0-200 words). Today's report.py checks other limits than its text states: question 3 " +
          "100-200 words -> 0-200 words. --template 2025 shows how that year's report.py counted them. " +
          '"report-wizard migrate --fetch" moves your answers into the newest template.',
      },
    ]);
  });

  it('should tell that a 27-question template is refused', () => {
    expect(lintsOf(makeReport({ generation: '2024' }), 'outdated-template').map((l) => l.message)).toEqual([
      "This report uses the 2024 template (27 questions, 'Recommended answer length:'); staff grade with the 2026 " +
        "template (31 questions, Q3 0-200 words). Today's report.py expects 31 answers and refuses this report of 27. " +
        'Move your answers into the newest template with "report-wizard migrate --fetch"; --template 2024 shows how ' +
        "that year's report.py counted them.",
    ]);
  });

  it('should tell what report.py raises when it is not the answer count, as without any Answer:', () => {
    const text = makeReport({ generation: '2024' }).replaceAll('Answer:', 'Reply:');
    expect(lintsOf(text, 'outdated-template').map((l) => l.message)).toEqual([
      "This report uses the 2024 template (27 questions, 'Recommended answer length:'); staff grade with the 2026 " +
        "template (31 questions, Q3 0-200 words). Today's report.py stops on it with IndexError: list index out of " +
        'range. Move your answers into the newest template with "report-wizard migrate --fetch"; --template 2024 ' +
        "shows how that year's report.py counted them.",
    ]);
  });

  it('should be quiet for the template graded today', () => {
    expect(lintsOf(makeReport({ generation: '2025' }), 'outdated-template', { newest: '2025' })).toEqual([]);
    expect(lintsOf(makeReport(), 'outdated-template')).toEqual([]);
  });
});
