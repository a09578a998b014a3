import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/report/parse-report.js';
import { makeReport } from '../helpers/make-report.js';

const detected = (text: string) => parseReport(text).generation;

describe('detectGeneration', () => {
  it('should recognise every generation from the data in generations.json', () => {
    for (const generation of ['2023', '2024', '2025', '2026'] as const) {
      expect(detected(makeReport({ generation }))).toBe(generation);
    }
  });

  it('should take the newest template with that many questions when no detail matches', () => {
    const reworded = makeReport({ generation: '2024' }).replaceAll(
      /(recommended )?answer length:/gi,
      'Length:',
    );
    expect(detected(reworded)).toBe('2024');
    const q3Changed = makeReport({ generation: '2025' }).replace('100-200 words', '50-100 words');
    expect(detected(q3Changed)).toBe('2026');
  });

  it('should still recognise a report that lost two question headings', () => {
    const text = makeReport({ generation: '2025' });
    const withoutTwo = text.replace('### Question 30', '### Q30').replace('### Question 31', '### Q31');
    expect(detected(withoutTwo)).toBe('2025');
  });
});
