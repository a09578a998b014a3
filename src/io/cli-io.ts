import type { FileSystem } from './file-system.js';

/** A stream the CLI writes to; a test hands in a string collector. */
export interface OutputStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
  rows?: number;
}

/** Everything a command touches outside itself, passed in so tests need no module mocking. */
export interface CliIo {
  stdout: OutputStream;
  stderr: OutputStream;
  /** Standard input (for `answer -` and the wizard); a real stream in production. */
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  cwd: string;
  env: Record<string, string | undefined>;
  fs: FileSystem;
}

/** A command: parses its own arguments and returns the process exit code. */
export type Command = (args: string[], io: CliIo) => Promise<number>;
