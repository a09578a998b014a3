import { isChangedOnDisk } from './changed-on-disk-error.js';
import { decodeReport } from './decode-report.js';
import type { FileSystem } from './file-system.js';
import { ReportError } from './report-error.js';

/** How a save ended: written (or nothing to write), or refused by the edit; with the report now on disk. */
export interface RewriteResult {
  kind: 'written' | 'stale';
  text: string;
  bytes: Uint8Array;
}

// How often an edit is made again on a report an editor saved while it was being written, as in `updateReport`.
const changedRetries = 3;
const utf8 = new TextEncoder();

const sleep = async (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => Buffer.from(a).equals(Buffer.from(b));

/**
 * Saves what `edit` makes of the report, reading it under the writers' lock first, as the CLI writers do: `edit` gets
 * the text on disk and whether it moved since `known` (the bytes the caller last read or wrote), and applies its
 * change on top when its own part is unchanged, or returns null to refuse (`stale`, nothing written). So a save of
 * one question never fails because `answer` or `toggle` wrote another meanwhile. Other failures (read-only, a full
 * disk, no longer UTF-8) are thrown as `ReportError`s and nothing is written.
 */
export const rewriteReport = async (
  fs: FileSystem,
  path: string,
  known: Uint8Array,
  edit: (text: string, bytes: Uint8Array, moved: boolean) => string | null,
): Promise<RewriteResult> =>
  fs.withLock(path, async () => {
    for (let attempt = 1; ; attempt++) {
      // Unreadable now: the write against what was known says why (gone, a folder, permissions) in its own words.
      const bytes = (await fs.readFile(path).catch(() => null)) ?? known;
      const text = decodeReport(bytes);
      if (text === null)
        throw new ReportError('The report changed on disk and is no longer UTF-8: nothing was written.');
      const next = edit(text, bytes, !sameBytes(bytes, known));
      if (next === null) return { kind: 'stale', text, bytes };
      if (next === text) return { kind: 'written', text, bytes };
      try {
        await fs.writeFileAtomic(path, next, bytes);
        return { kind: 'written', text: next, bytes: utf8.encode(next) };
      } catch (error) {
        if (!isChangedOnDisk(error) || attempt === changedRetries) throw error;
      }
      // An editor's save is a burst of writes: reading again at once would find it half-done.
      await sleep(attempt * 10 * (1 + Math.random()));
    }
  });
