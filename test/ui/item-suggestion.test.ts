import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { parseReport } from '../../src/report/parse-report.js';
import { checklistFilter } from '../../src/ui/checklist-filter.js';
import { checklistSelection } from '../../src/ui/checklist-selection.js';
import { itemSuggestion } from '../../src/ui/item-suggestion.js';
import type { ChecklistTraces } from '../../src/ui/item-trace.js';
import { setBoxes } from '../../src/ui/set-boxes.js';

const text = readFileSync(new URL('../fixtures/reports/minimal-2026.md', import.meta.url), 'utf8');
const report = parseReport(text);
const item = (index: number, checked: boolean) => ({ ...report.items[index - 1]!, checked });
const traces: ChecklistTraces = {
  1: { text: item(1, false).text, traceable: true, evidence: [{ path: '.git', why: 'a git repository' }] },
  4: { text: item(4, false).text, traceable: true, evidence: [] },
  10: { text: item(10, false).text, traceable: false, evidence: [] },
};

test('should suggest ticking an unticked item with evidence, and nothing once it is ticked', () => {
  expect(itemSuggestion(item(1, false), traces)).toBe('check');
  expect(itemSuggestion(item(1, true), traces)).toBe(null);
});

test('should suggest a look at a ticked item without a trace, and nothing while it is unticked', () => {
  expect(itemSuggestion(item(4, true), traces)).toBe('uncheck');
  expect(itemSuggestion(item(4, false), traces)).toBe(null);
});

test('should suggest nothing for an item no rule covers, or not scanned', () => {
  expect(itemSuggestion(item(10, true), traces)).toBe(null);
  expect(itemSuggestion(item(2, true), traces)).toBe(null);
});

test('should suggest nothing when the item at that index reads differently since the scan', () => {
  expect(itemSuggestion({ ...item(1, false), text: 'Something else' }, traces)).toBe(null);
});

test('should filter by suggestion and text together', () => {
  const ticked = parseReport(setBoxes(report, [4], true));
  const only = (o: 'check' | 'uncheck', query = '') =>
    checklistFilter(ticked.items, query, { only: o, traces }).map((i) => i.index);
  expect(only('check')).toEqual([1]);
  expect(only('uncheck')).toEqual([4]);
  expect(only('uncheck', 'm5')).toEqual([]);
});

test('should hand the selection to the next shown item, else the last, else none', () => {
  const shown = [report.items[1]!, report.items[5]!];
  expect(checklistSelection(shown, 2)).toBe(2);
  expect(checklistSelection(shown, 3)).toBe(6);
  expect(checklistSelection(shown, 9)).toBe(6);
  expect(checklistSelection([], 3)).toBe(null);
});

test('should change exactly the boxes asked for, and come back byte for byte', () => {
  const indexes = report.items.map((i) => i.index);
  fc.assert(
    fc.property(fc.subarray(indexes), (chosen) => {
      const ticked = setBoxes(report, chosen, true);
      expect(ticked.length).toBe(text.length);
      const changed = [...ticked].flatMap((c, i) => (c === text[i] ? [] : [i]));
      expect(changed).toEqual(report.items.filter((i) => chosen.includes(i.index)).map((i) => i.markOffset));
      expect(
        parseReport(ticked)
          .items.filter((i) => i.checked)
          .map((i) => i.index),
      ).toEqual(indexes.filter((i) => chosen.includes(i)));
      expect(setBoxes(parseReport(ticked), chosen, false)).toBe(text);
    }),
  );
});
