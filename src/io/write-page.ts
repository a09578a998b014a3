import { renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { FileSystem } from './file-system.js';
import { ReportError } from './report-error.js';

/**
 * Writes a page the tool made to `name` (relative to `cwd`) through a temporary file and a rename; an existing file is
 * replaced only when it is an earlier page of the same kind (it starts with `marker`), so a typo never overwrites work.
 */
export const writePage = async (
  fs: FileSystem,
  cwd: string,
  name: string,
  page: string,
  marker: string,
): Promise<void> => {
  const path = resolve(cwd, name);
  const stat = await fs.stat(path);
  if (stat !== null) {
    const earlier =
      stat.isFile &&
      stat.size < 50_000_000 &&
      new TextDecoder().decode(await fs.readFile(path)).startsWith(marker);
    if (!earlier)
      throw new ReportError(
        `${name} exists and is not a page report-wizard wrote: nothing was written. Name a new file.`,
      );
  }
  const temp = join(dirname(path), `.${process.pid}.report-wizard-page.tmp`);
  try {
    writeFileSync(temp, page, { flag: 'wx' });
    renameSync(temp, path);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // Nothing was made.
    }
    throw new ReportError(`Could not write ${name}: ${(error as Error).message}`);
  }
};
