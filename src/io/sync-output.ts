import { fstatSync, statSync, writeSync } from 'node:fs';
import type { OutputStream } from './cli-io.js';

/** How `syncOutput` reaches the descriptor; the real one is node:fs, a test hands in its own. */
export interface SyncOutputDeps {
  /** Whether the descriptor is a terminal or a character device other than the null device (then the stream is used). */
  isCharacterDevice: (fd: number) => boolean;
  /** Writes from `buffer[offset]` on and gives the bytes written, or throws with a `code` as fs.writeSync does. */
  write: (fd: number, buffer: Uint8Array, offset: number) => number;
}

const nodeDeps: SyncOutputDeps = {
  // /dev/null takes writes as a file does (Node's own stdout writes it with fs.writeSync too): output thrown away,
  // as benchmarks and scripts do, need not load the stream modules.
  isCharacterDevice: (fd) => {
    const stats = fstatSync(fd);
    if (!stats.isCharacterDevice()) return false;
    try {
      const nul = statSync('/dev/null');
      return stats.rdev !== nul.rdev;
    } catch {
      return true;
    }
  },
  write: (fd, buffer, offset) => writeSync(fd, buffer, offset),
};

/**
 * Standard output or error for a command: a file or a pipe is written with fs.writeSync, which is what Node's own
 * stream does there, without loading the stream modules (10-15 M instructions, a fortieth of `check`). A terminal
 * gets Node's stream (`stream()`), as does the rest of the output once a write would block (a non-blocking pipe).
 * `onClosed` runs when the reader has gone (EPIPE); nothing more is written then.
 */
export const syncOutput = (
  fd: number,
  stream: () => OutputStream & { write(chunk: string | Uint8Array): unknown },
  onClosed: () => void,
  deps: SyncOutputDeps = nodeDeps,
): OutputStream => {
  let kind: 'direct' | 'stream';
  try {
    kind = deps.isCharacterDevice(fd) ? 'stream' : 'direct';
  } catch {
    kind = 'stream';
  }
  if (kind === 'stream') return stream();
  let fallback: ReturnType<typeof stream> | null = null;
  let closed = false;
  return {
    isTTY: false,
    write(chunk: string): boolean {
      if (closed) return false;
      if (fallback !== null) return fallback.write(chunk) !== false;
      const bytes = Buffer.from(chunk, 'utf8');
      let offset = 0;
      while (offset < bytes.length) {
        try {
          offset += deps.write(fd, bytes, offset);
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'EAGAIN') {
            // The stream queues what the pipe cannot take yet, in order, and Node waits for it before exiting.
            fallback = stream();
            // Bytes, not text: a partial write may have stopped inside a character.
            return fallback.write(bytes.subarray(offset)) !== false;
          }
          if (code === 'EPIPE') {
            closed = true;
            onClosed();
            return false;
          }
          throw error;
        }
      }
      return true;
    },
  };
};
