import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
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

const version = process.version.replace(/\./g, '\\.');

it('should make a code cache on the first run, use it after, and survive a corrupt one', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rw-cache-'));
  const report = join(dir, 'README.md');
  writeFileSync(report, makeReport());
  const cacheHome = join(dir, 'cache');

  const first = run(cacheHome, report);
  expect(first.status).toBe(1);
  const files = readdirSync(join(cacheHome, 'report-wizard'));
  expect(files).toHaveLength(1);
  expect(files[0]).toMatch(new RegExp(`^core-[0-9a-f]{16}-check-${version}\\.v8cache$`));
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

it('should keep one cache per command, none for a usage error, and drop day-old caches of other builds', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rw-cache-commands-'));
  const report = join(dir, 'README.md');
  writeFileSync(report, makeReport());
  const cacheHome = join(dir, 'cache');
  const folder = join(cacheHome, 'report-wizard');
  mkdirSync(folder, { recursive: true });
  // Another build's caches: one two days old, which goes, one an hour old, which another installation may still use.
  const old = `core-0123456789abcdef-check-${process.version}.v8cache`;
  const recent = `core-fedcba9876543210-check-${process.version}.v8cache`;
  for (const [name, hours] of [
    [old, 48],
    [recent, 1],
  ] as const) {
    writeFileSync(join(folder, name), 'from another build');
    const at = (Date.now() - hours * 3_600_000) / 1000;
    utimesSync(join(folder, name), at, at);
  }
  writeFileSync(join(folder, 'unrelated.txt'), 'not ours');

  expect(run(cacheHome, report).status).toBe(1);
  expect(run(cacheHome, report, ['status']).status).toBe(0);
  expect(run(cacheHome, report, ['chek']).status).toBe(2);
  expect(run(cacheHome, report, ['check', '--template', '1999']).status).toBe(2);
  const names = readdirSync(folder).filter((name) => name !== recent && name !== 'unrelated.txt');
  expect(readdirSync(folder)).toContain(recent);
  expect(readdirSync(folder)).toContain('unrelated.txt');
  expect(names.sort()).toEqual([
    expect.stringMatching(new RegExp(`^core-[0-9a-f]{16}-check-${version}\\.v8cache$`)),
    expect.stringMatching(new RegExp(`^core-[0-9a-f]{16}-status-${version}\\.v8cache$`)),
  ]);
  expect(names[0]!.slice(0, 21)).toBe(names[1]!.slice(0, 21));
});

it('should make no cache in a run that stops at a usage error, as the wizard does without a terminal', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rw-wizard-cache-'));
  const report = join(dir, 'README.md');
  writeFileSync(report, makeReport());
  const cacheHome = join(dir, 'cache');
  // Without a terminal the wizard loads its bundle, prints one line and stops: too little ran to be worth caching.
  const first = run(cacheHome, report, []);
  expect({ status: first.status, stdout: first.stdout }).toEqual({ status: 2, stdout: '' });
  expect(first.stderr).toContain('report-wizard needs an interactive terminal');
  expect(existsSync(join(cacheHome, 'report-wizard'))).toBe(false);
});

/** Writes into `folder` a V8 cache named `name` for code of dist/core.cjs's length that writes $RW_PLANTED. */
const plantCache = (folder: string, name: string): void => {
  const real = readFileSync(join(import.meta.dirname, '../../dist/core.cjs'), 'utf8');
  const planted = `if (process.env.RW_PLANTED) require('node:fs').writeFileSync(process.env.RW_PLANTED, 'ran');`;
  // V8 checks a cache against the source's length only: padded to the genuine length, it passes.
  const script = new Script(
    `(function (exports, require, module, __filename, __dirname) {${planted.padEnd(real.length)}\n})`,
  );
  // Run here (a no-op without RW_PLANTED) so that the cache holds the compiled function, not only the top level.
  (script.runInThisContext() as (...args: unknown[]) => void)({}, createRequire(import.meta.url), {}, '', '');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, name), script.createCachedData());
};

/** The name this build gives `check`'s core cache, learnt from a run into a fresh cache folder. */
const checkCacheName = (report: string): string => {
  const home = mkdtempSync(join(tmpdir(), 'rw-cache-name-'));
  run(home, report);
  return readdirSync(join(home, 'report-wizard'))[0]!;
};

describe('a code cache someone else could have written', () => {
  const setUp = () => {
    const dir = mkdtempSync(join(tmpdir(), 'rw-hostile-'));
    const report = join(dir, 'README.md');
    writeFileSync(report, makeReport());
    const marker = join(dir, 'planted-code-ran');
    const name = checkCacheName(report);
    const home = join(dir, 'home');
    mkdirSync(home);
    const check = (cwd: string, cacheHome: string) =>
      spawnSync(process.execPath, [bin, 'check', '--json', report], {
        cwd,
        encoding: 'utf8',
        env: { ...process.env, HOME: home, XDG_CACHE_HOME: cacheHome, RW_PLANTED: marker },
      });
    return { dir, marker, name, home, check };
  };

  it.each(['', 'cache', '.'])(
    'should ignore XDG_CACHE_HOME=%j and not run a cloned repository report-wizard/ folder',
    (value) => {
      const { dir, marker, name, home, check } = setUp();
      // A repository the student cloned, with a planted cache where a relative cache folder would be.
      const clone = join(dir, 'clone');
      plantCache(join(clone, 'report-wizard'), name);
      plantCache(join(clone, 'cache', 'report-wizard'), name);
      const result = check(clone, value);
      expect(existsSync(marker)).toBe(false);
      expect([result.status, result.stderr, JSON.parse(result.stdout)]).toEqual([
        1,
        '',
        expect.objectContaining({ passed: 4, total: 31 }),
      ]);
      // The XDG default took its place.
      expect(readdirSync(join(home, '.cache', 'report-wizard'))).toEqual([name]);
    },
  );

  it('should not use a cache folder others can write to, nor write into it', () => {
    const { dir, marker, name, check } = setUp();
    const folder = join(dir, 'shared-cache', 'report-wizard');
    plantCache(folder, name);
    chmodSync(folder, 0o777);
    const result = check(dir, join(dir, 'shared-cache'));
    expect([result.status, existsSync(marker)]).toEqual([1, false]);
    expect(readFileSync(join(folder, name)).length).toBeLessThan(5_000);
  });

  it('should not use a cache folder that is a symlink, even to a folder of its own', () => {
    const { dir, marker, name, check } = setUp();
    const elsewhere = join(dir, 'elsewhere');
    plantCache(elsewhere, name);
    mkdirSync(join(dir, 'linked'));
    symlinkSync(elsewhere, join(dir, 'linked', 'report-wizard'));
    const result = check(dir, join(dir, 'linked'));
    expect([result.status, existsSync(marker)]).toEqual([1, false]);
  });

  it('should not use a cache root that is group-writable', () => {
    const { dir, marker, name, check } = setUp();
    const root = join(dir, 'open-root');
    plantCache(join(root, 'report-wizard'), name);
    chmodSync(root, 0o775);
    const result = check(dir, root);
    expect([result.status, existsSync(marker)]).toEqual([1, false]);
  });
});
