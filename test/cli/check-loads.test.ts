import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, expect, it } from 'vitest';
import { requireCurrentDist } from '../helpers/current-dist.js';
import { makeReport } from '../helpers/make-report.js';

// These tests run bin/report-wizard.js, which runs dist/.
beforeAll(requireCurrentDist);

const root = join(import.meta.dirname, '../..');

it('should load only the CLI bundle for check: no Ink, React, conf, execa or remark', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rw-loads-'));
  writeFileSync(join(dir, 'README.md'), makeReport());
  const { stderr, status } = spawnSync(
    process.execPath,
    [
      '--import',
      join(root, 'test/helpers/trace-loads.mjs'),
      '--import',
      join(root, 'test/helpers/trace-requires.mjs'),
      join(root, 'bin/report-wizard.js'),
      'check',
      dir,
    ],
    { encoding: 'utf8' },
  );
  // The generated report fails some questions.
  expect(status).toBe(1);
  const lines = (prefix: string): string[] =>
    stderr
      .split('\n')
      .filter((l) => l.startsWith(prefix))
      .map((l) => l.slice(prefix.length));
  // The bin is CommonJS and the core runs from dist/core.cjs through vm: no ES module is loaded (the tracing helpers
  // aside, and the bin, which Node hands to the ES-module hooks when --import is given), and CommonJS loads the bin
  // and the loader.
  const bin = pathToFileURL(join(root, 'bin/report-wizard.js')).href;
  expect(lines('LOADED ').filter((url) => !url.includes('/test/helpers/') && url !== bin)).toEqual([]);
  expect(lines('REQUIRED ')).toEqual([join(root, 'bin/report-wizard.js'), join(root, 'dist/cli.cjs')]);
});

it('should bundle the core with nothing to require but Node built-ins', () => {
  const core = readFileSync(join(root, 'dist/core.cjs'), 'utf8');
  const required = [...new Set([...core.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]!))];
  expect(required.length).toBeGreaterThan(0);
  expect(required.filter((name) => !isBuiltin(name))).toEqual([]);
});

it('should load none of the Node built-ins check does not call, writing to a pipe outside a repository', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rw-builtins-'));
  writeFileSync(join(dir, 'README.md'), makeReport());
  // Node's own list of the built-ins it loaded, written when the process ends.
  const listing = join(dir, 'list-builtins.cjs');
  writeFileSync(
    listing,
    "process.on('exit', () => require('fs').writeSync(2, `BUILTINS ${process.moduleLoadList.join(',')}\\n`));",
  );
  const { stdout, stderr, status } = spawnSync(
    process.execPath,
    ['--require', listing, join(root, 'bin/report-wizard.js'), 'check', '--json', 'README.md'],
    { cwd: dir, encoding: 'utf8' },
  );
  expect(status).toBe(1);
  expect(JSON.parse(stdout)).toMatchObject({ passed: 4, total: 31 });
  const loaded = (/^BUILTINS (.*)$/m.exec(stderr)?.[1] ?? '').split(',');
  expect(loaded).toContain('NativeModule vm');
  // (async_hooks is not listed: Node loads it itself.)
  const unwanted = ['fs/promises', 'stream', 'os', 'child_process', 'readline', 'net', 'tty'];
  expect(unwanted.filter((name) => loaded.includes(`NativeModule ${name}`))).toEqual([]);
});

it('should load no stream modules for check when its output goes to /dev/null, as Node writes that synchronously', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rw-devnull-'));
  writeFileSync(join(dir, 'README.md'), makeReport());
  const listing = join(dir, 'list-builtins.cjs');
  writeFileSync(
    listing,
    "process.on('exit', () => require('fs').writeSync(2, `BUILTINS ${process.moduleLoadList.join(',')}\\n`));",
  );
  const { stderr, status } = spawnSync(
    process.execPath,
    ['--require', listing, join(root, 'bin/report-wizard.js'), 'check', 'README.md'],
    { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] },
  );
  expect(status).toBe(1);
  const loaded = (/^BUILTINS (.*)$/m.exec(stderr)?.[1] ?? '').split(',');
  expect(loaded).toContain('NativeModule vm');
  expect(['stream', 'net', 'tty'].filter((name) => loaded.includes(`NativeModule ${name}`))).toEqual([]);
});

it('should run the merge driver from the CLI bundle alone: no Ink, React, conf, execa or remark', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rw-merge-loads-'));
  const report = makeReport();
  writeFileSync(join(dir, 'base'), report);
  writeFileSync(join(dir, 'ours'), report.replace('Week 1', 'Week one'));
  writeFileSync(join(dir, 'theirs'), report);
  const { stderr, status } = spawnSync(
    process.execPath,
    [
      '--import',
      join(root, 'test/helpers/trace-loads.mjs'),
      '--import',
      join(root, 'test/helpers/trace-requires.mjs'),
      join(root, 'bin/report-wizard.js'),
      'merge-driver',
      'base',
      'ours',
      'theirs',
    ],
    { encoding: 'utf8', cwd: dir },
  );
  expect(status).toBe(0);
  const bin = pathToFileURL(join(root, 'bin/report-wizard.js')).href;
  const lines = (prefix: string): string[] =>
    stderr
      .split('\n')
      .filter((l) => l.startsWith(prefix))
      .map((l) => l.slice(prefix.length));
  expect(lines('LOADED ').filter((url) => !url.includes('/test/helpers/') && url !== bin)).toEqual([]);
  expect(lines('REQUIRED ')).toEqual([join(root, 'bin/report-wizard.js'), join(root, 'dist/cli.cjs')]);
});
