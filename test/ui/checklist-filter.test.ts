import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parseReport } from '../../src/report/parse-report.js';
import { checklistFilter } from '../../src/ui/checklist-filter.js';

const report = parseReport(
  readFileSync(new URL('../fixtures/reports/minimal-2026.md', import.meta.url), 'utf8'),
);
const indexes = (query: string): number[] => checklistFilter(report.items, query).map((i) => i.index);

test('should keep every item for an empty filter', () => {
  expect(indexes('  ')).toEqual(report.items.map((i) => i.index));
});

test('should match a module tag exactly, in any case', () => {
  expect(indexes('m17')).toEqual([6]);
  expect(indexes('M1')).toEqual([]);
});

test('should match words anywhere in the item text, ignoring case', () => {
  expect(indexes('DOCKER')).toEqual([4]);
  expect(indexes('needs them')).toEqual([3]);
});

test('should require every word to match', () => {
  expect(indexes('tests m16')).toEqual([5]);
  expect(indexes('tests m22')).toEqual([]);
});
