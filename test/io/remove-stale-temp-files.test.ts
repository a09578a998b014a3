import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { removeStaleTempFiles, tempFileName } from '../../src/io/remove-stale-temp-files.js';
import { tempFolders } from '../helpers/temp-folders.js';

const folder = tempFolders();

it("should remove ended writers' files beside the report and keep live writers' and other files", async () => {
  const dir = folder('rw-stale-');
  const dead = Number(
    spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout,
  );
  const live = process.ppid;
  const names = {
    gone: [
      `.README.md.report-wizard-${dead}.tmp`,
      `.README.md.${dead}.1764600000000.tmp`,
      `.README.md.report-wizard.lock.${dead}.3.stale`,
      tempFileName('README.md'),
    ],
    kept: [
      'README.md',
      `.README.md.report-wizard-${live}.tmp`,
      `.other.md.report-wizard-${dead}.tmp`,
      `.README.md.report-wizard-${dead}.tmp.bak`,
      '.README.md.report-wizard.lock',
    ],
  };
  for (const name of [...names.gone, ...names.kept]) writeFileSync(join(dir, name), 'x');
  await removeStaleTempFiles(dir, 'README.md');
  expect(readdirSync(dir).sort()).toEqual([...names.kept].sort());
});

it('should put back a report an ended writer left moved aside when no report is there, and drop it when one is', async () => {
  const dir = folder('rw-aside-');
  const dead = Number(
    spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout,
  );
  writeFileSync(join(dir, `.README.md.report-wizard-${dead}.aside`), 'the report\n');
  await removeStaleTempFiles(dir, 'README.md');
  expect(readdirSync(dir)).toEqual(['README.md']);
  expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe('the report\n');
  writeFileSync(join(dir, `.README.md.report-wizard-${dead}.aside`), 'an older report\n');
  await removeStaleTempFiles(dir, 'README.md');
  expect(readdirSync(dir)).toEqual(['README.md']);
  expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe('the report\n');
});
