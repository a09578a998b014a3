import { expect, it } from 'vitest';
import { evidenceCounts } from '../../src/evidence/evidence-counts.js';

it('should count the items with evidence not ticked and the ticked ones with no trace', () => {
  expect(
    evidenceCounts([
      { suggestion: 'check' },
      { suggestion: null },
      { suggestion: 'uncheck' },
      { suggestion: 'check' },
    ]),
  ).toEqual({ evidenceNotTicked: 2, tickedNoTrace: 1 });
});
