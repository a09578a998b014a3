import { linkSync, lstatSync, readFileSync, unlinkSync } from 'node:fs';

const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * A path to remove should the process end now; `content`, when set, is what it must still hold (a lock);
 * `restoreTo`, when set, is where it goes back first unless something is there (a report moved aside mid-swap).
 */
interface Entry {
  path: string;
  content: string | undefined;
  restoreTo: string | undefined;
}

const entries = new Set<Entry>();

/** Whether the file at `path` holds `content`: read only when it is a regular file of that size (never a FIFO). */
const holds = (path: string, content: string): boolean => {
  const seen = lstatSync(path);
  return seen.isFile() && seen.size === Buffer.byteLength(content) && readFileSync(path, 'utf8') === content;
};

const removeAll = (): void => {
  for (const { path, content, restoreTo } of entries) {
    try {
      // A link, not a rename: it never replaces a file an editor saved there meanwhile.
      if (restoreTo !== undefined) linkSync(path, restoreTo);
    } catch {
      // Something is there already (the new report, or an editor's save), or no links here: the aside copy goes.
    }
    try {
      if (content === undefined || holds(path, content)) unlinkSync(path);
    } catch {
      // Already gone, or no longer ours: nothing to clean.
    }
  }
  entries.clear();
};

const onSignal = (signal: NodeJS.Signals): void => {
  removeAll();
  uninstall();
  // Without our listener the signal does again what it did before: end the process, or reach the listeners the
  // program has of its own (Ink's terminal restore), which stood back while ours was there.
  process.kill(process.pid, signal);
};

const handlers = new Map(signals.map((signal) => [signal, () => onSignal(signal)]));
let installed = false;

const install = (): void => {
  if (installed) return;
  installed = true;
  for (const [signal, handler] of handlers) process.on(signal, handler);
  process.on('exit', removeAll);
};

function uninstall(): void {
  if (!installed) return;
  installed = false;
  for (const [signal, handler] of handlers) process.off(signal, handler);
  process.off('exit', removeAll);
}

/**
 * Removes `path` (synchronously) if the process exits or is ended by SIGINT, SIGTERM or SIGHUP before the returned
 * `forget` is called; with `content`, only while the file still holds it; with `restoreTo`, after linking it there
 * when nothing is there. Signal handlers exist only while something is registered, so a process that writes
 * nothing ends exactly as it did before.
 */
export const removeOnExit = (path: string, content?: string, restoreTo?: string): (() => void) => {
  const entry: Entry = { path, content, restoreTo };
  entries.add(entry);
  install();
  return () => {
    entries.delete(entry);
    if (entries.size === 0) uninstall();
  };
};
