import { expect, test } from 'vitest';
import { versionColumns } from '../../../../src/ui/screens/conflict/version-columns.js';

// Each column is (width - 3) / 2 cells: 49 at 101 columns, 48 at 100.
const row = (left: string, right: string, each: number): string =>
  `${left.padEnd(each)} │ ${right}`.trimEnd();

test('should put the file’s answer and the draft side by side, wrapped to their columns', () => {
  const file = 'We used pip with a requirements file pinned by pip-compile.';
  expect(versionColumns(file, 'We used uv.\n\nuv sync', 101, 10)).toEqual([
    row('In the file:', 'Your draft:', 49),
    row('We used pip with a requirements file pinned by', 'We used uv.', 49),
    row('pip-compile.', '', 49),
    row('', 'uv sync', 49),
  ]);
});

test('should cut a long side to its rows and say how many rows are left out', () => {
  const long = Array.from({ length: 9 }, (_, i) => `line ${i + 1}`).join('\n');
  expect(versionColumns(long, '', 100, 4)).toEqual([
    row('In the file:', 'Your draft:', 48),
    row('line 1', '(empty)', 48),
    row('line 2', '', 48),
    row('… 7 more rows', '', 48),
  ]);
});

test('should leave narrow terminals to the view one above the other', () => {
  expect(versionColumns('a', 'b', 98, 10)).toBeNull();
});
