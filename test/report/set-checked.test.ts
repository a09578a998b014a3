import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/report/parse-report.js';
import { setChecked } from '../../src/report/set-checked.js';
import { makeReport } from '../helpers/make-report.js';

describe('setChecked', () => {
  it('should change exactly one character', () => {
    const text = makeReport({ eol: '\r\n' });
    const report = parseReport(text);
    const item = report.items[2]!;
    const next = setChecked(report, item.index, true);
    expect(next.length).toBe(text.length);
    const diff = [...next].flatMap((c, i) => (c === text[i] ? [] : [i]));
    expect(diff).toEqual([item.markOffset]);
    expect(next[item.markOffset]).toBe('x');
    expect(parseReport(next).items[2]!.checked).toBe(true);
  });

  it('should uncheck an [X] box and leave an already-set box alone', () => {
    const text = '## Overall project checklist\n\n### Week 1\n\n- [X] Done (M5)\n';
    const report = parseReport(text);
    expect(setChecked(report, 1, false)).toBe(
      '## Overall project checklist\n\n### Week 1\n\n- [ ] Done (M5)\n',
    );
    expect(setChecked(report, 1, true)).toBe(text);
  });

  it('should refuse an item that does not exist', () => {
    expect(() => setChecked(parseReport(makeReport()), 999, true)).toThrow('The checklist has no item 999.');
  });
});
