import { mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { pruneCodeCaches } from '../../src/cli/prune-code-caches.js';

const day = 24 * 60 * 60 * 1000;

it("should remove other builds' caches and temporary files once a day old, and keep this build's", () => {
  const dir = mkdtempSync(join(tmpdir(), 'rw-prune-'));
  const now = Date.now();
  const files = {
    'core-aaaaaaaaaaaaaaaa-v20.20.2.v8cache': 2 * day,
    'wizard-bbbbbbbbbbbbbbbb-v20.20.2.v8cache': 3 * day,
    'core-cccccccccccccccc-v20.20.2.v8cache': 2 * day,
    'core-dddddddddddddddd-v20.20.2.v8cache': day - 60_000,
    'wizard-eeeeeeeeeeeeeeee-v20.20.2.v8cache.1234.tmp': 2 * day,
    'notes.txt': 5 * day,
  };
  for (const [name, age] of Object.entries(files)) {
    writeFileSync(join(dir, name), 'x');
    utimesSync(join(dir, name), (now - age) / 1000, (now - age) / 1000);
  }
  pruneCodeCaches(
    dir,
    (name) =>
      name === 'core-aaaaaaaaaaaaaaaa-v20.20.2.v8cache' ||
      name === 'wizard-bbbbbbbbbbbbbbbb-v20.20.2.v8cache',
    now,
  );
  expect(readdirSync(dir).sort()).toEqual([
    'core-aaaaaaaaaaaaaaaa-v20.20.2.v8cache',
    'core-dddddddddddddddd-v20.20.2.v8cache',
    'notes.txt',
    'wizard-bbbbbbbbbbbbbbbb-v20.20.2.v8cache',
  ]);
});

it('should do nothing when the cache folder does not exist', () => {
  expect(() =>
    pruneCodeCaches(join(tmpdir(), 'rw-prune-missing', 'report-wizard'), () => false),
  ).not.toThrow();
});
