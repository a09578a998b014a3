import { describe, expect, it } from 'vitest';
import { lintReport } from '../../src/report/lint-report.js';
import { parseReport } from '../../src/report/parse-report.js';
import { makeReport } from '../helpers/make-report.js';
import { answeredReport } from './lints/answered-report.js';

describe('lintReport', () => {
  it('should find nothing in a fully answered newest report', () => {
    expect(lintReport(parseReport(answeredReport()))).toEqual([]);
    expect(lintReport(parseReport(answeredReport({}, { eol: '\r\n' })))).toEqual([]);
  });

  it('should put whole-report lints first, then sort by line', () => {
    const text = makeReport({ generation: '2025', answers: { 1: 'Group\u20092', 2: 'C## and \u2009 then' } });
    const lints = lintReport(parseReport(text));
    expect(lints[0]!.rule).toBe('outdated-template');
    const lines = lints.slice(1).map((l) => l.line!);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(new Set(lints.map((l) => l.rule))).toEqual(
      new Set(['outdated-template', 'placeholder', 'heading-in-answer', 'windows-count']),
    );
  });

  it('should leave the parsed report as it was', () => {
    const report = parseReport(answeredReport({ 4: 'A\u00a0B ## c' }));
    const before = structuredClone(report);
    lintReport(report, { imageExists: () => false });
    expect(report).toEqual(before);
  });
});
