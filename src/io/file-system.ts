/** What a command may know about a path. */
export interface FileStat {
  isFile: boolean;
  isDirectory: boolean;
  /** Permission bits, kept when a file is rewritten. */
  mode: number;
  /** Size in bytes. */
  size: number;
  /** What is at the path: reads refuse anything but a regular file (a FIFO would block, a device never end). */
  kind: 'file' | 'directory' | 'fifo' | 'device' | 'socket' | 'other';
  /** Owner and group, kept when root rewrites a student's file. */
  uid: number;
  gid: number;
}

/** The file operations commands use; `nodeFileSystem` is the real one, tests pass a fake or a temp dir. */
export interface FileSystem {
  readFile(path: string): Promise<Uint8Array>;
  /** Null when nothing is at `path`. */
  stat(path: string): Promise<FileStat | null>;
  readdir(path: string): Promise<string[]>;
  /**
   * Replaces `path` with `data` through a temporary file in the same folder and a rename, keeping the file
   * mode. Throws a `FileChangedError` when `path` no longer holds `expected` (changed on disk since read).
   */
  writeFileAtomic(path: string, data: string, expected: Uint8Array): Promise<void>;
}
