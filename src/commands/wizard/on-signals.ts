import type { CliIo } from '../../io/cli-io.js';
import type { StateStore } from '../../io/state-store.js';
import { pasteOff } from './bracketed-paste.js';

const signalNumbers = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as const;

/**
 * When the terminal closes or the process is told to stop (SIGINT too: in raw mode Ctrl+C is a key and never a
 * signal, so a SIGINT comes from `kill`): gives the terminal back (raw mode off, cursor shown), writes the resume
 * state and drafts, and exits with 128 + the signal's number.
 */
export const onSignals = (
  store: StateStore,
  io: CliIo,
): { remove: () => void; exiting: () => Promise<unknown> | null } => {
  let exiting: Promise<unknown> | null = null;
  const handlers = (Object.keys(signalNumbers) as (keyof typeof signalNumbers)[]).map((signal) => {
    const handler = (): void => {
      if (exiting !== null) return;
      const stdin = io.stdin as NodeJS.ReadStream;
      try {
        // After SIGHUP the terminal is gone: writing to it would only fail.
        if (signal !== 'SIGHUP') {
          if (stdin.isTTY) stdin.setRawMode(false);
          io.stdout.write(`${pasteOff}\u001B[?25h\n`);
        }
      } finally {
        exiting = store.flush().finally(() => process.exit(128 + signalNumbers[signal]));
      }
    };
    // First, and kept until the exit: Ink's signal-exit unmounts the app on the same signal (which ends the wizard
    // early) and kills the process itself when it finds itself the only listener.
    process.prependListener(signal, handler);
    return () => void process.off(signal, handler);
  });
  return { remove: () => handlers.forEach((remove) => remove()), exiting: () => exiting };
};
