import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';

const test = join(import.meta.dirname, '..');

/** Every file under `folder` a test can read from, as paths relative to test/. */
const testFiles = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : testFiles(path);
    return /\.(?:tsx?|m?js)$/.test(entry.name) ? [relative(test, path)] : [];
  });

// The corpus lives beside the repository on team machines and in CI; a fresh clone has none (issue 19 item 0).
const reachesShared = /\.\.\/shared\b|\bshared\/corpus\b|\bsharedCorpus\b|\/work\/shared\b/;

it('should keep ../shared out of every test but the acceptance run, so a fresh clone passes', () => {
  const reaching = testFiles(test).filter(
    (file) =>
      !file.startsWith('acceptance/') &&
      file !== join('helpers', 'shared-corpus.ts') &&
      file !== relative(test, import.meta.filename) &&
      reachesShared.test(readFileSync(join(test, file), 'utf8')),
  );
  expect(reaching).toEqual([]);
});
