/** The most an unbounded `readFile` reads: far more than any report (report.py's are some tens of KiB). */
export const maxReadBytes = 16 * 1024 * 1024;

/** What a command may know about a path. */
export interface FileStat {
  isFile: boolean;
  isDirectory: boolean;
  /** Permission bits, kept when a file is rewritten. */
  mode: number;
  /** Size in bytes. */
  size: number;
  /** When the contents last changed, in milliseconds since 1970 (the image picker lists the newest first). */
  modified: number;
  /**
   * What is at the path: reads refuse anything but a regular file (a FIFO would block, a device never end), and a
   * symbolic link that leads back to itself (`loop`) is named as such rather than called missing.
   */
  kind: 'file' | 'directory' | 'fifo' | 'device' | 'socket' | 'loop' | 'other';
  /** Owner and group, kept when root rewrites a student's file. */
  uid: number;
  gid: number;
}

/** The file operations commands use; `nodeFileSystem` is the real one, tests pass a fake or a temp dir. */
export interface FileSystem {
  /**
   * The file's bytes, never following it into a FIFO or a device; with `maxBytes`, at most that many (a file whose
   * size shows 0, like those of /proc, is read only so far), and without, at most `maxReadBytes`, beyond which it
   * throws an error with code `EFBIG`.
   */
  readFile(path: string, maxBytes?: number): Promise<Uint8Array>;
  /** Null when nothing is at `path`. */
  stat(path: string): Promise<FileStat | null>;
  readdir(path: string): Promise<string[]>;
  /**
   * Runs `run` holding the writers' lock of `path` (one writer at a time, across processes): a writer waits a few
   * seconds for another, then throws a `ReportError` without running `run`. Writes of `path` inside `run` use this
   * lock instead of waiting for it.
   */
  withLock<T>(path: string, run: () => Promise<T>): Promise<T>;
  /**
   * Replaces `path` with `data` through a temporary file in the same folder and a rename, keeping the file's mode
   * (and, for root, its owner and group). Throws a `ReportError` when `path` no longer holds `expected` (changed on
   * disk since read). Holds the writers' lock for the compare and the rename.
   */
  writeFileAtomic(path: string, data: string, expected: Uint8Array): Promise<void>;
  /** Appends `data` to `path`, creating it: for logs another program owns, such as GitHub's job summary. */
  appendFile(path: string, data: string): Promise<void>;
}
