import { expect, test } from 'vitest';
import { figureScan } from '../../../src/commands/wizard/figure-scan.js';
import { memoryFileSystem } from '../../helpers/memory-file-system.js';

test('should list the images of figures/ and beside the report, newest first, with their times', async () => {
  const bytes = new Uint8Array([1]);
  const files = new Map([
    ['/g/reports/README.md', bytes],
    ['/g/reports/figures/old.png', bytes],
    ['/g/reports/figures/new.JPG', bytes],
    ['/g/reports/figures/notes.txt', bytes],
    ['/g/reports/beside.jpeg', bytes],
  ]);
  const times = new Map([
    ['/g/reports/figures/old.png', 1000],
    ['/g/reports/figures/new.JPG', 3000],
    ['/g/reports/beside.jpeg', 2000],
  ]);
  expect(await figureScan(memoryFileSystem(files, { times }), '/g/reports/README.md')()).toEqual([
    { path: 'figures/new.JPG', modified: 3000 },
    { path: 'beside.jpeg', modified: 2000 },
    { path: 'figures/old.png', modified: 1000 },
  ]);
});

test('should list nothing when there is no figures folder and no image', async () => {
  const files = new Map([['/g/reports/README.md', new Uint8Array([1])]]);
  expect(await figureScan(memoryFileSystem(files), '/g/reports/README.md')()).toEqual([]);
});
