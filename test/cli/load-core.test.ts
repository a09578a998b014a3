import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { requireCurrentDist } from '../helpers/current-dist.js';
import { makeReport } from '../helpers/make-report.js';

// These tests run bin/report-wizard.js, which runs dist/.
beforeAll(requireCurrentDist);

const bin = join(import.meta.dirname, '../../bin/report-wizard.js');

const run = (cacheHome: string, report: string, command: string[] = ['check', '--json']) =>
  spawnSync(process.execPath, [bin, ...command, report], {
    encoding: 'utf8',
    env: { ...process.env, XDG_CACHE_HOME: cacheHome },
  });

it('should make a code cache on the first run, use it after, and survive a corrupt one', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rw-cache-'));
  const report = join(dir, 'README.md');
  writeFileSync(report, makeReport());
  const cacheHome = join(dir, 'cache');

  const first = run(cacheHome, report);
  expect(first.status).toBe(1);
  const files = readdirSync(join(cacheHome, 'report-wizard'));
  expect(files).toHaveLength(1);
  expect(files[0]).toMatch(
    new RegExp(`^core-[0-9a-f]{16}-${process.version.replace(/\./g, '\\.')}\\.v8cache$`),
  );
  const cache = join(cacheHome, 'report-wizard', files[0]!);

  const second = run(cacheHome, report);
  expect(second.stdout).toBe(first.stdout);
  expect(second.stderr).toBe('');

  writeFileSync(cache, 'not a code cache');
  const third = run(cacheHome, report);
  expect(third.stdout).toBe(first.stdout);
  expect(third.stderr).toBe('');
  // V8 rejected the garbage, so the run wrote a fresh cache in its place.
  expect(readFileSync(cache).length).toBeGreaterThan(1000);
  expect(readdirSync(join(cacheHome, 'report-wizard'))).toEqual(files);
});

it('should run without a cache where none can be written', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rw-nocache-'));
  const report = join(dir, 'README.md');
  writeFileSync(report, makeReport());
  // A file where the cache folder would go: nothing can be created below it.
  writeFileSync(join(dir, 'blocked'), '');
  const result = run(join(dir, 'blocked'), report);
  expect(result.status).toBe(1);
  expect(JSON.parse(result.stdout)).toMatchObject({ passed: 4, total: 31 });
  expect(result.stderr).toBe('');
});

it('should run the wizard bundle through a code cache of its own, made on its first run', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rw-wizard-cache-'));
  const report = join(dir, 'README.md');
  writeFileSync(report, makeReport());
  const cacheHome = join(dir, 'cache');
  // Without a terminal the wizard loads its bundle, prints the status line and stops.
  const first = run(cacheHome, report, []);
  expect(first.status).toBe(2);
  const files = readdirSync(join(cacheHome, 'report-wizard')).sort();
  expect(files).toEqual([expect.stringMatching(/^core-/), expect.stringMatching(/^wizard-[0-9a-f]{16}-v/)]);
  const second = run(cacheHome, report, []);
  expect({ status: second.status, stdout: second.stdout, stderr: second.stderr }).toEqual({
    status: 2,
    stdout: '',
    stderr: first.stderr,
  });
  expect(first.stderr).toContain('report-wizard needs an interactive terminal');
  expect(readdirSync(join(cacheHome, 'report-wizard')).sort()).toEqual(files);
});
