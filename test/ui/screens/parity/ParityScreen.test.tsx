import { readFileSync } from 'node:fs';
import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { ParityScreen } from '../../../../src/ui/screens/parity/ParityScreen.js';
import type { ParityView } from '../../../../src/ui/wizard-reducer.js';
import { parityOf } from '../../../helpers/parity-of.js';

const text = readFileSync(new URL('../../../fixtures/reports/minimal-2026.md', import.meta.url), 'utf8');

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const frame = (parity: ParityView, height = 20): string[] => {
  const view = render(<ParityScreen parity={parity} width={80} height={height} color={false} />);
  cleanup = view.unmount;
  return (view.lastFrame() ?? '').split('\n');
};

const done = (differ: number[] = [], scroll = 0): ParityView => ({
  running: false,
  result: parityOf(text, differ),
  scroll,
  from: 'overview',
});

describe('ParityScreen', () => {
  it('should put the verdict first, then the disagreements, then the table, in the 20 rows of an 80x24 body', () => {
    const lines = frame(done([4, 5]));
    expect(lines.length).toBe(20);
    expect(lines.slice(0, 9)).toEqual([
      'Parity with your report.py',
      'They disagree on Q4, Q5. Staff grade with report.py: trust it, and please report',
      'this to report-wizard.',
      'report.py:     6/31 passed',
      'report-wizard: 4/31 passed',
      '',
      'Where they differ:',
      '≠ Q4: report.py pass · report-wizard FAIL 6 words (100–200)',
      '≠ Q5: report.py pass · report-wizard FAIL 6 words (100–200)',
    ]);
    expect(lines.slice(9, 13)).toEqual([
      '',
      'Run with python3. report.py: 2026-01-09.e3622b47, the version graded today.',
      '',
      '    Q  report.py                               report-wizard',
    ]);
    expect(lines[16]).toBe('≠   4  pass                                    FAIL 6 words (100–200)');
    expect(lines.at(-1)).toBe('rows 1–14 of 39 · ↑↓ PgUp/PgDn scroll');
  });

  it('should scroll the table under a verdict that stays on screen', () => {
    const lines = frame(done([], 100));
    expect(lines[1]).toBe('They agree on all 31 questions.');
    expect(lines.length).toBe(20);
    expect(lines.at(-2)).toBe('   31  FAIL 6 words (50–300)                   FAIL 6 words (50–300)');
    expect(lines.at(-1)).toBe('rows 21–35 of 35 · ↑↓ PgUp/PgDn scroll');
  });

  it('should say report.py is running', () => {
    const lines = frame({ running: true, result: null, scroll: 0, from: 'overview' });
    expect(lines[0]).toBe('Parity with your report.py');
    expect(lines[1]).toMatch(/^. Running your report.py \(stopped after 60 s if it hangs\)…$/);
  });

  it('should show why report.py could not run, in full', () => {
    const error = `No report.py next to reports/README.md: copy reports/report.py from the course repository (https://github.com/SkafteNicki/dtu_mlops) into reports.`;
    const lines = frame({ running: false, result: { report: null, error }, scroll: 0, from: 'overview' });
    expect(lines[1]).toBe('report.py could not run, so nothing was compared:');
    expect(lines.slice(2).join(' ').replace(/\s+/g, ' ').trim()).toBe(error);
  });
});
