import { loadReport } from './load-report.js';
import type { FileSystem } from './file-system.js';
import { ReportError } from './report-error.js';

/**
 * Reads the report at `path` again as the wizard follows it: the same bounded read as at the start (never into a
 * FIFO or a device, an editor's half-done save read twice). A failed read is tried once more under the writers' lock,
 * so a writer's rename (the report is away for a moment) is not taken for a deleted report.
 */
export const readReportAgain =
  (fs: FileSystem, path: string) => async (): Promise<{ text: string; bytes: Uint8Array }> => {
    const read = async (): Promise<{ text: string; bytes: Uint8Array }> => {
      const loaded = await loadReport(fs, path, '/');
      // A folder put in its place would be searched for a README of its own: that is not this report.
      if (loaded.path !== path) throw new ReportError(`${path} is no longer a file.`);
      return loaded;
    };
    try {
      return await read();
    } catch {
      return fs.withLock(path, read);
    }
  };
