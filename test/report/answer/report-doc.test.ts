import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../../src/report/check-report.js';
import { reportDoc } from '../../../src/report/answer/report-doc.js';
import { parseReport } from '../../../src/report/parse-report.js';
import { makeReport } from '../../helpers/make-report.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../fixtures/reports/${name}.md`, import.meta.url), 'utf8');

describe('reportDoc', () => {
  it.each(['filled-2026', 'inline-answers', 'images', 'missing-heading', 'crlf-2026'])(
    "should lint %s with the caller's parse and check exactly as with its own",
    (name) => {
      const text = fixture(name);
      const bytes = new TextEncoder().encode(text);
      const own = reportDoc(text, bytes);
      const given = reportDoc(text, bytes, undefined, {
        report: parseReport(text),
        check: checkReport(text),
      });
      expect(given.lints).toEqual(own.lints);
      expect(given.check).toEqual(own.check);
    },
  );

  it("should let the lints read the caller's verdict rather than check the text a second time", () => {
    // "à" is the bytes C3 A0 in UTF-8, and A0 reads as a no-break space on Windows: inside a word, report.py counts 2 words there.
    const text = makeReport({ answers: { 3: 'déjàvu' } });
    const bytes = new TextEncoder().encode(text);
    const check = checkReport(text);
    expect(reportDoc(text, bytes).lints.map((l) => l.rule)).toContain('windows-count');
    // A verdict report.py never gave this text: the rule compares nothing when it is told report.py stops.
    const refused = { ...check, fatal: 'ValueError: planted', passed: null, total: null, questions: [] };
    const lints = reportDoc(text, bytes, undefined, { report: parseReport(text), check: refused }).lints;
    expect(lints.map((l) => l.rule)).not.toContain('windows-count');
  });
});
