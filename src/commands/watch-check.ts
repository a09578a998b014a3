import type { CliIo } from '../io/cli-io.js';
import { ExitCode } from './exit-codes.js';
import { type FileWatch, watchFile } from '../io/watch-file.js';
import { ReportError } from '../io/report-error.js';
import { visibleText } from '../report/visible-text.js';
import type { FileCheck } from './check-report-file.js';
import { describeCheckChanges } from './describe-check-changes.js';

/** What `check --watch` needs from the outside, passed in so a test can drive it. */
export interface WatchPorts {
  watch: typeof watchFile;
  /** Resolves when the user asks to stop (Ctrl+C, SIGTERM). */
  stopped: () => Promise<void>;
}

const untilSignal = async (): Promise<void> =>
  new Promise((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });

/**
 * `check --watch`: checks the report again after every save and prints what changed since the last check (`show`
 * prints a full check instead, for `--format compact`); a report that is gone or unreadable is said once, and the watch
 * goes on until it is back. Ends with exit 0 on Ctrl+C or SIGTERM, 2 when the folder cannot be watched.
 */
export const watchCheck = async (
  io: CliIo,
  path: string,
  first: FileCheck,
  recheck: () => Promise<FileCheck>,
  show: ((check: FileCheck) => string) | null,
  ports: WatchPorts = { watch: watchFile, stopped: untilSignal },
): Promise<number> => {
  io.stderr.write(`Watching ${visibleText(first.file)}: each save is checked again (Ctrl+C to stop).\n`);
  let last = first;
  let problem: string | null = null;
  // One check at a time: a save during a check is checked once that check ends.
  let running = false;
  let again = false;
  const run = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        try {
          const next = await recheck();
          problem = null;
          io.stdout.write(show === null ? describeCheckChanges(last, next) : show(next));
          last = next;
        } catch (error) {
          if (!(error instanceof ReportError)) throw error;
          // Said once per state: an editor that truncates then writes would otherwise print it at every save.
          const line = `${visibleText(error.message)} Waiting for the next save.`;
          if (line !== problem) io.stderr.write(`report-wizard: ${line}\n`);
          problem = line;
        }
      } while (again);
    } finally {
      running = false;
    }
  };
  let failure: Error | null = null;
  let watcher: FileWatch | undefined;
  const ended = new Promise<void>((resolve) => {
    watcher = ports.watch(
      path,
      () => void run(),
      (error) => {
        failure = error;
        resolve();
      },
    );
    void ports.stopped().then(resolve);
  });
  await ended;
  watcher?.close();
  if (failure !== null) {
    io.stderr.write(
      `report-wizard: stopped watching ${visibleText(path)}: ${visibleText((failure as Error).message)}\n`,
    );
    return ExitCode.usage;
  }
  return ExitCode.ok;
};
