import type { FileSystem } from '../io/file-system.js';
import { rewriteReport } from '../io/rewrite-report.js';
import type { Report } from '../report/model.js';

/** How a write ended: done, refused because the file's text moved under it, or failed for another reason. */
export type WriteOutcome = { kind: 'written' } | { kind: 'stale' } | { kind: 'failed'; message: string };

/** The file's contents as the queue knows them. */
export interface QueuedDoc {
  text: string;
  bytes: Uint8Array;
  report: Report;
}

/** What reading the file again found: the bytes the queue knows (its own write, say), or a new version. */
export type Reread<D> = { kind: 'same' } | { kind: 'changed'; before: D; after: D };

/** Writes to one report, one after another, each against the bytes the previous one left. */
export interface WriteQueue<D extends QueuedDoc> {
  /** The report as last read or written. */
  current(): D;
  /**
   * Writes `change(report, known)` once earlier writes are done, reading the file under the writers' lock first: when
   * it changed on disk, the change is made on the new text if `stillValid` accepts it (`stale` otherwise). `known` is
   * the report as the queue knew it before this write (what the student saw, earlier writes included), `report` the
   * one the change applies to. Any other failure (a read-only file, a full disk) is `failed` with the message to
   * show: nothing changed on disk, so it is no conflict.
   */
  write(
    change: (report: Report, known: Report) => string,
    stillValid: (report: Report, known: Report) => boolean,
  ): Promise<WriteOutcome>;
  /**
   * Reads the file again with `read` between two writes (never during one of ours): bytes other than those known
   * become the current doc. A failed read rejects and changes nothing.
   */
  reread(read: () => Promise<{ text: string; bytes: Uint8Array }>): Promise<Reread<D>>;
  /** While `reason` is not null every write fails with it and nothing is written (the file is gone, say). */
  hold(reason: string | null): void;
  /** The reason writes are held for, or null. */
  holding(): string | null;
}

/** What the queue needs: the file system, the path, the first contents, and how to make a doc of new bytes. */
export interface WriteQueueOptions<D extends QueuedDoc> {
  fs: FileSystem;
  path: string;
  initial: D;
  load: (text: string, bytes: Uint8Array) => D;
  /** Called with every new doc (written or read again). */
  onDoc?: (doc: D) => void;
  /**
   * Called once after every write that changed the file, whatever asked for it: the one place that follows a write
   * (the wizard refreshes its git header here), so no write path can forget it.
   */
  onWritten?: (doc: D) => void;
}

const sameBytes = (a: Uint8Array, b: Uint8Array): boolean =>
  a.length === b.length && a.every((byte, i) => byte === b[i]);

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** A write queue over `fs` for one report. */
export const createWriteQueue = <D extends QueuedDoc>(options: WriteQueueOptions<D>): WriteQueue<D> => {
  const { fs, path, load, onDoc, onWritten } = options;
  let doc = options.initial;
  let tail: Promise<unknown> = Promise.resolve();
  let held: string | null = null;
  const replace = (next: D): void => {
    doc = next;
    onDoc?.(next);
  };

  const attempt = async (
    change: (report: Report, known: Report) => string,
    stillValid: (report: Report, known: Report) => boolean,
  ): Promise<WriteOutcome> => {
    const known = doc.report;
    if (change(known, known) === doc.text) return { kind: 'written' };
    // Read again under the lock: a change to another part of the file (a CLI writer's) is written on top.
    let seen = doc;
    const saved = await rewriteReport(fs, path, doc.bytes, (text, bytes, moved) => {
      seen = moved ? load(text, bytes) : doc;
      return !moved || stillValid(seen.report, known) ? change(seen.report, known) : null;
    });
    if (saved.text !== seen.text) {
      replace(load(saved.text, saved.bytes));
      onWritten?.(doc);
    } else if (seen !== doc) replace(seen);
    return { kind: saved.kind };
  };

  return {
    current: () => doc,
    write: (change, stillValid) => {
      const result = tail.then(async () => {
        if (held !== null) throw new Error(held);
        return attempt(change, stillValid);
      });
      tail = result.catch(() => undefined);
      return result.catch((error: unknown): WriteOutcome => ({ kind: 'failed', message: message(error) }));
    },
    reread: (read) => {
      const result = tail.then(async (): Promise<Reread<D>> => {
        const { text, bytes } = await read();
        if (sameBytes(bytes, doc.bytes)) return { kind: 'same' };
        const before = doc;
        replace(load(text, bytes));
        return { kind: 'changed', before, after: doc };
      });
      tail = result.catch(() => undefined);
      return result;
    },
    hold: (reason) => {
      held = reason;
    },
    holding: () => held,
  };
};
