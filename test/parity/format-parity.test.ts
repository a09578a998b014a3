import { describe, expect, it } from 'vitest';
import type { ParityComparison } from '../../src/parity/compare-results.js';
import { type ParityReport, formatParity } from '../../src/parity/format-parity.js';

const pass = { passed: true, failures: [] };
const fail = (got: number) => ({
  passed: false,
  failures: [{ number: 3, kind: 'words' as const, min: 100, max: 200, got }],
});

const comparison = (over: Partial<ParityComparison>): ParityComparison => ({
  rows: [
    { number: 1, python: pass, wizard: pass, agree: true },
    { number: 2, python: pass, wizard: pass, agree: true },
    { number: 3, python: fail(5), wizard: fail(5), agree: true },
  ],
  python: { fatal: null, passed: 2, total: 3 },
  wizard: { fatal: null, passed: 2, total: 3 },
  fatalAgree: true,
  totalAgree: true,
  disagreements: [],
  agree: true,
  ...over,
});

const report = (over: Partial<ParityReport>): ParityReport => ({
  report: 'reports/README.md',
  python: '.venv/bin/python',
  checker: '2026-01-09.e3622b47',
  sha256: 'c75beb6a9ce118e104b8a0f83151619874a5a05fb1c78f3cd5e31a9188af4441',
  matchedAfterLf: false,
  newest: '2026-01-09.e3622b47',
  comparedWith: '2026-01-09.e3622b47',
  changes: [],
  comparison: comparison({}),
  ...over,
});

describe('formatParity', () => {
  it('should show the newest version, every question side by side, and the agreement', () => {
    expect(formatParity(report({}))).toEqual([
      'Report:    reports/README.md (report.py run with .venv/bin/python)',
      'report.py: 2026-01-09.e3622b47, the version graded today.',
      '',
      '   Q  report.py               report-wizard',
      '   1  pass                    pass',
      '   2  pass                    pass',
      '   3  FAIL 5 words (100–200)  FAIL 5 words (100–200)',
      '',
      'report.py:     2/3 passed',
      'report-wizard: 2/3 passed',
      'They agree on all 3 questions.',
    ]);
  });

  it('should mark and colour a disagreement and name the questions', () => {
    const rows = comparison({}).rows.map((r) => (r.number === 3 ? { ...r, wizard: pass, agree: false } : r));
    const c = comparison({
      rows,
      wizard: { fatal: null, passed: 3, total: 3 },
      totalAgree: false,
      disagreements: [3],
      agree: false,
    });
    const lines = formatParity(report({ comparison: c }), { color: true });
    expect(lines.slice(6)).toEqual([
      '\u001b[31m≠  3  FAIL 5 words (100–200)  pass\u001b[39m',
      '',
      '\u001b[31mreport.py:     2/3 passed\u001b[39m',
      '\u001b[31mreport-wizard: 3/3 passed\u001b[39m',
      'They disagree on Q3. Staff grade with report.py, so trust it, and please report this to report-wizard.',
    ]);
    expect(formatParity(report({ comparison: c }))[6]).toBe('≠  3  FAIL 5 words (100–200)  pass');
  });

  it('should explain an older version and what grading today changes', () => {
    const lines = formatParity(
      report({
        checker: '2025-01-08.d1b907d5',
        comparedWith: '2025-01-08.d1b907d5',
        matchedAfterLf: true,
        changes: ['Q3: 100–200 words in your report.py, 0–200 in the one graded today'],
      }),
    );
    expect(lines.slice(1, 4)).toEqual([
      'report.py: 2025-01-08.d1b907d5 (CRLF line endings), older than the version graded today (2026-01-09.e3622b47); report-wizard checks as your version.',
      'Grading today changes:',
      '  Q3: 100–200 words in your report.py, 0–200 in the one graded today',
    ]);
  });

  it('should call an unknown copy changed and compare with the newest', () => {
    expect(formatParity(report({ checker: null, sha256: '0123456789abcdef' }))[1]).toBe(
      'report.py: not a known upstream version (sha256 0123456789ab…), a changed copy, or newer than report-wizard knows; report-wizard checks as the newest it knows, 2026-01-09.e3622b47.',
    );
  });

  it('should show the exception both sides stop with and no table', () => {
    const fatal = 'IndexError: list index out of range';
    const c = comparison({
      rows: [],
      python: { fatal, passed: null, total: null },
      wizard: { fatal, passed: null, total: null },
    });
    expect(formatParity(report({ comparison: c })).slice(2)).toEqual([
      '',
      'report.py:     stopped with IndexError: list index out of range',
      'report-wizard: stopped with IndexError: list index out of range',
      'They agree on the error report.py stops with.',
    ]);
  });

  it('should say they disagree on whether report.py stops when the exceptions differ', () => {
    const c = comparison({
      rows: [],
      python: { fatal: 'IndexError: list index out of range', passed: null, total: null },
      wizard: { fatal: 'ValueError: x', passed: null, total: null },
      fatalAgree: false,
      agree: false,
    });
    expect(formatParity(report({ comparison: c })).at(-1)).toBe(
      'They disagree on whether report.py stops with an error. Staff grade with report.py, so trust it, and please report this to report-wizard.',
    );
  });

  it('should say only that they disagree when just the totals differ', () => {
    const c = comparison({ python: { fatal: null, passed: 1, total: 3 }, totalAgree: false, agree: false });
    expect(formatParity(report({ comparison: c })).at(-1)).toBe(
      'They disagree. Staff grade with report.py, so trust it, and please report this to report-wizard.',
    );
  });
});
