import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { requireCurrentDist } from '../helpers/current-dist.js';

// These tests run bin/report-wizard.js, which runs dist/.
beforeAll(requireCurrentDist);

const root = join(import.meta.dirname, '../..');

// The lazily loaded commands are bundled apart from dist/cli.js, with their own copy of ReportError.
it('should print a lazily loaded command’s input error as its one line, in the built CLI', () => {
  const { stdout, stderr, status } = spawnSync(
    process.execPath,
    [join(root, 'bin/report-wizard.js'), 'parity', '--timeout', 'abc'],
    { encoding: 'utf8' },
  );
  expect({ stdout, stderr, status }).toEqual({
    stdout: '',
    stderr: 'report-wizard: --timeout needs a number of seconds above 0, not "abc".\n',
    status: 2,
  });
});

// demo finds templates/demo from its own file: in the bundle that is dist/lazy/wizard.cjs, run through vm.
it('should find the demo report from the built wizard bundle', () => {
  const { stdout, stderr, status } = spawnSync(
    process.execPath,
    [join(root, 'bin/report-wizard.js'), 'demo'],
    {
      encoding: 'utf8',
    },
  );
  expect({ stdout, status }).toEqual({ stdout: '', status: 2 });
  expect(stderr).toMatch(
    /^\S+report-wizard-demo-\w+\/README\.md: questions passing 10\/31 · checklist 15\/53 checked\nreport-wizard needs an interactive terminal; .*\n$/,
  );
});
