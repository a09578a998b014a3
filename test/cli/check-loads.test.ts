import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import { makeReport } from '../helpers/make-report.js';

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
