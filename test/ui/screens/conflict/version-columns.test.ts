import { expect, test } from 'vitest';
import { versionColumns } from '../../../../src/ui/screens/conflict/version-columns.js';

// Each column is (width - 3) / 2 cells: 51 at 105 columns, 50 at 104.
const row = (left: string, right: string, each: number): string =>
  `${left.padEnd(each)} │ ${right}`.trimEnd();

test('should put the file’s answer and the draft side by side, wrapped to their columns', () => {
  const file = 'We used pip with a requirements file pinned by pip-compile.';
  expect(versionColumns(file, 'We used uv.\n\nuv sync', 105, 10)).toEqual([
    row('In the file:', 'Your draft:', 51),
    row('We used pip with a requirements file pinned by', 'We used uv.', 51),
    row('pip-compile.', '', 51),
    row('', 'uv sync', 51),
  ]);
});

test('should cut a long side to its rows and say how many rows are left out', () => {
  const long = Array.from({ length: 9 }, (_, i) => `line ${i + 1}`).join('\n');
  expect(versionColumns(long, '', 104, 4)).toEqual([
    row('In the file:', 'Your draft:', 50),
    row('line 1', '(empty)', 50),
    row('line 2', '', 50),
    row('… 7 more rows', '', 50),
  ]);
});

test('should leave narrow terminals to the view one above the other', () => {
  expect(versionColumns('a', 'b', 102, 10)).toBeNull();
});
