import { nodeFileSystem } from '../io/node-file-system.js';
import { runCli } from './run-cli.js';

// `report-wizard check | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

// No top-level await: this is bundled as CommonJS (see load-core.ts).
void runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
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
