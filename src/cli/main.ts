import { nodeFileSystem } from '../io/node-file-system.js';
import { syncOutput } from '../io/sync-output.js';
import { runCli } from './run-cli.js';

// `report-wizard check | head` closes the pipe early: that is the reader's choice, not an error.
const readerGone = (): never => process.exit(process.exitCode ?? 0);

/** Node's stdout stream, made on first use (see syncOutput), with the early close handled. */
const stdoutStream = (): NodeJS.WriteStream => {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') readerGone();
    throw error;
  });
  return process.stdout;
};

// No top-level await: this is bundled as CommonJS (see load-core.ts).
void runCli(process.argv.slice(2), {
  stdout: syncOutput(1, stdoutStream, readerGone),
  // A closed standard error leaves nothing to tell.
  stderr: syncOutput(
    2,
    () => process.stderr,
    () => undefined,
  ),
  // Read on first use: making process.stdin a stream loads net and the stream modules, a twentieth of `check`.
  get stdin() {
    return process.stdin;
  },
  cwd: process.cwd(),
  env: process.env,
  fs: nodeFileSystem,
}).then((code) => {
  process.exitCode = code;
});
