import type { FileSystem } from './file-system.js';
import { type LoadedReport, loadReport, resolveReportPath } from './load-report.js';

/**
 * Reads the report under its writers' lock, writes the `text` that `change` makes of it (when it differs) and lets
 * go: writers of one report take turns instead of racing, and each compares against what it read under the lock.
 * Returns what `change` returned, with the report as read.
 */
export const updateReport = async <T extends { text: string }>(
  fs: FileSystem,
  arg: string | undefined,
  cwd: string,
  change: (loaded: LoadedReport) => T,
): Promise<T & { loaded: LoadedReport }> => {
  const path = await resolveReportPath(fs, arg, cwd);
  const read = async (): Promise<T & { loaded: LoadedReport }> => {
    const loaded = await loadReport(fs, path, cwd);
    return { ...change(loaded), loaded };
  };
  let ran = false;
  try {
    return await fs.withLock(path, async () => {
      ran = true;
      const result = await read();
      if (result.text !== result.loaded.text)
        await fs.writeFileAtomic(result.loaded.path, result.text, result.loaded.bytes);
      return result;
    });
  } catch (error) {
    if (ran) throw error;
    // No lock (a read-only folder, a writer that never finishes) only matters when there is something to write.
    const result = await read();
    if (result.text !== result.loaded.text) throw error;
    return result;
  }
};
