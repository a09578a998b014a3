import { isChangedOnDisk } from './changed-on-disk-error.js';
import type { FileSystem } from './file-system.js';
import { type LoadedReport, loadReport, resolveReportPath } from './load-report.js';

const sleep = async (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

// How often an edit is made again on a report an editor saved while it was being written, before the student is told.
const changedRetries = 3;

/**
 * Reads the report under its writers' lock, writes the `text` that `change` makes of it (when it differs) and lets
 * go: writers of one report take turns instead of racing, and each compares against what it read under the lock.
 * A program that knows nothing of the lock (an editor) saving in between is noticed by the write, and the edit is
 * made again on what it saved, as if the report had been read a moment later. Returns what `change` returned, with
 * the report as read.
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
  let lastChange: unknown = null;
  try {
    return await fs.withLock(path, async () => {
      ran = true;
      for (let attempt = 1; ; attempt++) {
        let result;
        try {
          result = await read();
        } catch (error) {
          // Read again after a save was noticed: an editor saving in place may have only just emptied the file.
          throw lastChange ?? error;
        }
        try {
          if (result.text !== result.loaded.text)
            await fs.writeFileAtomic(result.loaded.path, result.text, result.loaded.bytes);
          return result;
        } catch (error) {
          if (!isChangedOnDisk(error) || attempt === changedRetries) throw error;
          lastChange = error;
        }
        // An editor's save is a burst of writes: reading again at once would find it half-done.
        await sleep(attempt * 10 * (1 + Math.random()));
      }
    });
  } catch (error) {
    if (ran) throw error;
    // No lock (a read-only folder, a writer that never finishes) only matters when there is something to write.
    const result = await read();
    if (result.text !== result.loaded.text) throw error;
    return result;
  }
};
