/** A private temporary file for a round trip through another program; `nodeTempFiles` is the real one. */
export interface TempFiles {
  /** Writes `text` (UTF-8) to a new file `name` in a new folder only the user can read; resolves with its path. */
  create(name: string, text: string): Promise<string>;
  /** The file's bytes as the other program left them. */
  read(path: string): Promise<Uint8Array>;
  /** Removes the file and its folder; resolves even when they are gone already. */
  remove(path: string): Promise<void>;
}
