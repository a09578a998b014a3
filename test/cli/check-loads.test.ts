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
      join(root, 'bin/report-wizard.js'),
      'check',
      dir,
    ],
    { encoding: 'utf8' },
  );
  // The generated report fails some questions.
  expect(status).toBe(1);
  const loaded = stderr
    .split('\n')
    .filter((l) => l.startsWith('LOADED '))
    .map((l) => l.slice('LOADED '.length));
  expect(loaded).toEqual([
    pathToFileURL(join(root, 'bin/report-wizard.js')).href,
    pathToFileURL(join(root, 'dist/cli.js')).href,
  ]);
});

it('should bundle the core with nothing to require but Node built-ins', () => {
  const core = readFileSync(join(root, 'dist/core.cjs'), 'utf8');
  const required = [...new Set([...core.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]!))];
  expect(required.length).toBeGreaterThan(0);
  expect(required.filter((name) => !isBuiltin(name))).toEqual([]);
});
