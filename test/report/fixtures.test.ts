import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../src/report/check-report.js';
import { parseReport } from '../../src/report/parse-report.js';
import { reportPyFields } from '../helpers/report-py-fields.js';

const dir = join(import.meta.dirname, '../fixtures/reports');
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.md'))
  .map((f) => f.slice(0, -3));
const read = (name: string): string =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(readFileSync(join(dir, `${name}.md`)));

describe('our fixture reports', () => {
  it.each(names)('should check %s exactly as report.py did when the fixture was made', (name) => {
    const expected: unknown = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8'));
    const result = checkReport(read(name));
    expect(reportPyFields(result)).toEqual(expected);
  });

  it.each(names)('should parse %s, keeping its text byte for byte', (name) => {
    const text = read(name);
    const report = parseReport(text);
    expect(report.text).toBe(text);
    for (const q of report.questions) {
      expect(q.region.start).toBeLessThanOrEqual(q.region.end);
      expect(text.slice(q.heading.start, q.heading.end)).toMatch(/Question/);
    }
  });
});
