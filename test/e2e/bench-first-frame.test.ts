import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { requireCurrentDist } from '../helpers/current-dist.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
// The benchmark's pseudo-terminal comes from util-linux `script`; under CI a missing one fails instead of skipping.
const run = spawnSync('script', ['--version'], { stdio: 'ignore' }).status === 0 || process.env.CI === 'true';
if (!run) console.log('Skipping the first-frame benchmark test: util-linux `script` is not installed.');

let dir: string | null = null;
afterEach(() => {
  if (dir !== null) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

describe.runIf(run)('bench/first-frame.js', () => {
  beforeAll(requireCurrentDist);

  test('should time the demo report’s first frame against node -e 0 and the Ink hello bundle, each node from PATH with NODE_EXTRA_CA_CERTS unset', () => {
    dir = mkdtempSync(join(tmpdir(), 'report-wizard-bench-test-'));
    // A `node` first on PATH that notes, for each node the benchmark starts, whether NODE_EXTRA_CA_CERTS reached it.
    const log = join(dir, 'nodes.txt');
    writeFileSync(
      join(dir, 'node'),
      `#!/bin/sh\necho "\${NODE_EXTRA_CA_CERTS-unset}" >> '${log}'\nexec '${process.execPath}' "$@"\n`,
    );
    chmodSync(join(dir, 'node'), 0o755);
    const env = {
      ...process.env,
      PATH: `${dir}:${process.env.PATH ?? ''}`,
      NODE_EXTRA_CA_CERTS: '/set/ca.pem',
    };
    const result = spawnSync(process.execPath, ['bench/first-frame.js', '1'], {
      cwd: root,
      env,
      encoding: 'utf8',
      timeout: 150_000,
    });
    // With its stderr: a frame that never came says which, and what the terminal showed.
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(
      /^node -e 0 \d+ ms \| first frame \d+ ms = \d+\.\d\dx node = \d+\.\d\dx Ink hello \(\d+ ms\) \| 1 round, medians \| load \d+\.\d\n$/,
    );
    // Warm-up and one round: node -e 0, the wizard and the Ink hello bundle twice each.
    expect(readFileSync(log, 'utf8')).toBe('unset\n'.repeat(6));
  }, 160_000);
});
