import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { CliIo } from '../../src/io/cli-io.js';
import { nodeFileSystem } from '../../src/io/node-file-system.js';

/** A CliIo over a fresh temp directory that records stdout and stderr as strings. */
export const makeIo = (options: { stdin?: string; env?: Record<string, string>; cwd?: string } = {}) => {
  const out = { stdout: '', stderr: '' };
  const cwd = options.cwd ?? mkdtempSync(join(tmpdir(), 'report-wizard-test-'));
  const io: CliIo = {
    stdout: { write: (s: string) => (out.stdout += s) },
    stderr: { write: (s: string) => (out.stderr += s) },
    stdin: Readable.from([options.stdin ?? '']),
    cwd,
    env: options.env ?? {},
    fs: nodeFileSystem,
  };
  /** Writes a file (string or bytes) under the temp directory and returns its path. */
  const put = (name: string, content: string | Uint8Array): string => {
    const path = join(cwd, name);
    writeFileSync(path, content);
    return path;
  };
  return { io, out, cwd, put };
};
