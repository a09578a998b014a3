import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireCurrentDist } from '../helpers/current-dist.js';
import { makeReport } from '../helpers/make-report.js';
import { tempFolders } from '../helpers/temp-folders.js';

const bin = fileURLToPath(new URL('../../bin/report-wizard.js', import.meta.url));
const folder = tempFolders();
// Another user's link needs a second real user: uid 1000, as in test/e2e/writers.test.ts, which only root can be.
const isRoot = process.getuid?.() === 0;
if (!isRoot) console.log('venv-owner: skipping the second-user tests: they need root to act as uid 1000.');

beforeAll(requireCurrentDist);

/**
 * A group's repository owned by uid 1000 with a root-owned python elsewhere that leaves a mark when run, and a
 * `.venv` link to that python's folder made by `linkAs` (a uid); returns where the mark would appear and the report.
 */
const setUp = (linkAs: number) => {
  const dir = folder('rw-venv-owner-');
  chmodSync(dir, 0o755);
  const mark = join(dir, 'python-ran');
  const venv = join(dir, 'root-venv');
  mkdirSync(join(venv, 'bin'), { recursive: true });
  writeFileSync(join(venv, 'bin', 'python'), `#!/bin/sh\necho ran > ${mark}\nexit 1\n`, { mode: 0o755 });
  const group = join(dir, 'group');
  mkdirSync(join(group, '.git'), { recursive: true });
  mkdirSync(join(group, 'reports'));
  writeFileSync(join(group, 'reports', 'README.md'), makeReport());
  writeFileSync(join(group, 'reports', 'report.py'), 'print("stand-in")\n');
  chownSync(group, 1000, 1000);
  const made = spawnSync('ln', ['-s', venv, join(group, '.venv')], { uid: linkAs, gid: linkAs });
  expect(made.status).toBe(0);
  return { mark, report: join(group, 'reports', 'README.md') };
};

const parity = (report: string) =>
  spawnSync(process.execPath, [bin, 'parity', report, '--timeout', '10'], { encoding: 'utf8' });

describe.runIf(isRoot)('a .venv of the repository when root runs parity', () => {
  it('should not run the python behind a .venv symlink another user made, though it leads to a root-owned folder', () => {
    const { mark, report } = setUp(1000);
    const result = parity(report);
    expect(existsSync(mark)).toBe(false);
    expect(result.stdout + result.stderr).not.toContain('.venv');
  });

  it('should run the python behind a .venv symlink of its own to a folder of its own (the test can see a run)', () => {
    const { mark, report } = setUp(0);
    parity(report);
    expect(existsSync(mark)).toBe(true);
  });

  it("should not run a .venv whose bin folder is another user's link, though the .venv is root's", () => {
    const dir = folder('rw-venv-bin-');
    chmodSync(dir, 0o755);
    const mark = join(dir, 'python-ran');
    mkdirSync(join(dir, 'elsewhere'));
    writeFileSync(join(dir, 'elsewhere', 'python'), `#!/bin/sh\necho ran > ${mark}\nexit 1\n`, {
      mode: 0o755,
    });
    const group = join(dir, 'group');
    mkdirSync(join(group, '.git'), { recursive: true });
    // Root's own .venv, but one anyone may write into: uid 1000 puts a bin link there.
    mkdirSync(join(group, '.venv'));
    chmodSync(join(group, '.venv'), 0o777);
    writeFileSync(join(group, 'README.md'), makeReport());
    writeFileSync(join(group, 'report.py'), 'print("stand-in")\n');
    const made = spawnSync('ln', ['-s', join(dir, 'elsewhere'), join(group, '.venv', 'bin')], {
      uid: 1000,
      gid: 1000,
    });
    expect(made.status).toBe(0);
    parity(join(group, 'README.md'));
    expect(existsSync(mark)).toBe(false);
  });
});
