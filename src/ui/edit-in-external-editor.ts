import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The temporary-file operations the external editor round trip needs; tests hand in an in-memory fake. */
export interface TempFiles {
  makeDir(): Promise<string>;
  write(path: string, text: string): Promise<void>;
  read(path: string): Promise<string>;
  removeDir(path: string): Promise<void>;
}

/** What `editInExternalEditor` needs from outside. */
export interface ExternalEditorOptions {
  env: Record<string, string | undefined>;
  /** Runs the editor with the terminal handed over (stdio inherited) and resolves with its exit code. */
  exec: (command: string, args: string[]) => Promise<number>;
  files?: TempFiles;
  platform?: NodeJS.Platform;
}

const nodeTempFiles: TempFiles = {
  makeDir: () => mkdtemp(join(tmpdir(), 'report-wizard-')),
  write: (path, text) => writeFile(path, text, 'utf8'),
  read: (path) => readFile(path, 'utf8'),
  removeDir: (path) => rm(path, { recursive: true, force: true }),
};

// `$EDITOR` may carry arguments (`code --wait`) and a quoted path with spaces (`"C:\Program Files\…" -w`).
const splitCommand = (command: string): string[] =>
  Array.from(
    command.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g),
    (match) => match[1] ?? match[2] ?? match[3] ?? '',
  );

/**
 * Lets the student edit `text` in $VISUAL / $EDITOR (vi, or Notepad on Windows, when neither is set) through a
 * temporary `answer.md`; resolves with the edited text (LF line endings), or null when the editor failed.
 */
export const editInExternalEditor = async (
  text: string,
  options: ExternalEditorOptions,
): Promise<string | null> => {
  const files = options.files ?? nodeTempFiles;
  const configured = [options.env.VISUAL, options.env.EDITOR].find(
    (value) => value !== undefined && value.trim() !== '',
  );
  const fallback = (options.platform ?? process.platform) === 'win32' ? 'notepad' : 'vi';
  const [command = fallback, ...args] = splitCommand(configured ?? fallback);
  const dir = await files.makeDir();
  try {
    const path = join(dir, 'answer.md');
    await files.write(path, text);
    let exitCode: number;
    try {
      exitCode = await options.exec(command, [...args, path]);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`Could not start the editor \`${command}\` (set $VISUAL or $EDITOR): ${reason}`);
    }
    if (exitCode !== 0) return null;
    const edited = (await files.read(path)).replace(/\r\n?/g, '\n');
    // Most editors end the file with a line break the answer did not have.
    return !text.endsWith('\n') && edited.endsWith('\n') ? edited.slice(0, -1) : edited;
  } finally {
    await files.removeDir(dir);
  }
};
