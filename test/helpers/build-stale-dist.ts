import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { staleDist } from './current-dist.js';

/**
 * vitest's global setup: the tests that run bin/report-wizard.js run dist/, so it is built first whenever it is
 * missing or older than its sources (once, before any test file starts, so no test runs a half-written bundle).
 */
export default function setup(): void {
  if (staleDist() === null) return;
  execFileSync(process.execPath, ['scripts/build.js'], {
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    stdio: 'inherit',
  });
}
