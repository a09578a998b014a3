import { describe, expect, it } from 'vitest';
import { formatStatus } from '../../src/commands/format-status.js';
import { parseReport } from '../../src/report/parse-report.js';
import { summarizeReport } from '../../src/report/summarize-report.js';
import { makeReport } from '../helpers/make-report.js';

const summary = summarizeReport(parseReport(makeReport({})));
const evidenceLine = (cut: boolean): string | undefined =>
  formatStatus('README.md', summary, { evidenceNotTicked: 1, tickedNoTrace: 0, cut })
    .split('\n')
    .find((line) => line.startsWith('Evidence:'));

describe('formatStatus', () => {
  it('should give the evidence counts', () => {
    expect(evidenceLine(false)).toBe(
      'Evidence: 1 with evidence, not ticked · 0 ticked, no trace (report-wizard evidence)',
    );
  });

  it('should say when the evidence scan stopped early, as evidence does (issue 19 item 11)', () => {
    expect(evidenceLine(true)).toBe(
      'Evidence: 1 with evidence, not ticked · 0 ticked, no trace (report-wizard evidence); the scan stopped early ' +
        '(without git there is no list of the files), so no item is called untraced',
    );
  });
});
