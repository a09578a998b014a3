import { readFileSync, unlinkSync } from 'node:fs';

const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** A path to remove should the process end now; `content`, when set, is what it must still hold (a lock). */
interface Entry {
  path: string;
  content: string | undefined;
}

const entries = new Set<Entry>();

const removeAll = (): void => {
  for (const { path, content } of entries) {
    try {
      if (content === undefined || readFileSync(path, 'utf8') === content) unlinkSync(path);
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
 * `forget` is called; with `content`, only while the file still holds it. Signal handlers exist only while
 * something is registered, so a process that writes nothing ends exactly as it did before.
 */
export const removeOnExit = (path: string, content?: string): (() => void) => {
  const entry: Entry = { path, content };
  entries.add(entry);
  install();
  return () => {
    entries.delete(entry);
    if (entries.size === 0) uninstall();
  };
};
