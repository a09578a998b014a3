import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The newest file under `path` (a file or a folder) as [mtime, path]. */
const newest = (path: string): [number, string] => {
  if (!statSync(path).isDirectory()) return [statSync(path).mtimeMs, path];
  return readdirSync(path)
    .map((name) => newest(join(path, name)))
    .reduce((a, b) => (b[0] > a[0] ? b : a), [0, path] as [number, string]);
};

/**
 * Why dist/ cannot be trusted to be the code under test (missing, or older than a file it is built from), or null.
 * The build writes dist/core.cjs first, so a source changed after that file was written is newer than the bundle.
 */
export const staleDist = (): string | null => {
  const core = join(root, 'dist', 'core.cjs');
  if (!existsSync(core) || !existsSync(join(root, 'dist', 'cli.js'))) return 'dist/ is missing';
  const built = statSync(core).mtimeMs;
  for (const source of ['src', 'templates', 'scripts/build.js', 'scripts/stubs', 'package.json']) {
    const [mtime, path] = newest(join(root, source));
    if (mtime > built) return `dist/ is older than ${relative(root, path)}`;
  }
  return null;
};

/** For `beforeAll`: the tests that run bin/report-wizard.js fail, rather than test stale code, when dist/ is not current. */
export const requireCurrentDist = (): void => {
  const stale = staleDist();
  if (stale !== null) throw new Error(`${stale}: run npm run build before these tests (npm test does).`);
};
