import { existsSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { removeOldTempDirs } from '../../src/io/remove-old-temp-dirs.js';
import { tempFolders } from '../helpers/temp-folders.js';

const temp = tempFolders();
const hour = 60 * 60 * 1000;

it("should remove earlier previews' folders once a day old, and leave new ones and other folders", async () => {
  const dir = temp('rw-tmp-');
  const now = Date.now();
  const make = (name: string, hoursOld: number): string => {
    const path = join(dir, name);
    mkdirSync(path);
    writeFileSync(join(path, 'report.html'), '<p>page</p>');
    const at = (now - hoursOld * hour) / 1000;
    utimesSync(path, at, at);
    return path;
  };
  const old = make('report-wizard-preview-old123', 30);
  const fresh = make('report-wizard-preview-new456', 2);
  const other = make('someone-else-old', 30);
  await removeOldTempDirs('report-wizard-preview-', 24 * hour, now, dir);
  expect([existsSync(old), existsSync(fresh), existsSync(other)]).toEqual([false, true, true]);
});
