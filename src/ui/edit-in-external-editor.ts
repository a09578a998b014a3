import type { TempFiles } from '../io/temp-files.js';
import { decodeAnswerText } from '../report/decode-answer-text.js';

/** What an editor that exited with an error had saved: kept as a draft, with the exit code to say so. */
export interface FailedEdit {
  text: string;
  exitCode: number;
}

/** What `editInExternalEditor` needs from outside. */
export interface ExternalEditorOptions {
  env: Record<string, string | undefined>;
  /** Runs the editor with the terminal handed over (stdio inherited) and resolves with its exit code. */
  exec: (command: string, args: string[]) => Promise<number>;
  /** Where the answer waits for the editor: `nodeTempFiles` in the wizard, an in-memory fake in tests. */
  files: TempFiles;
  platform?: NodeJS.Platform;
}

// `$EDITOR` may carry arguments (`code --wait`) and a quoted path with spaces (`"C:\Program Files\…" -w`).
const splitCommand = (command: string): string[] =>
  Array.from(
    command.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g),
    (match) => match[1] ?? match[2] ?? match[3] ?? '',
  );

/**
 * Lets the student edit `text` in $VISUAL / $EDITOR (vi, or Notepad on Windows, when neither is set) through a
 * temporary `answer.md`; resolves with the edited text (LF line endings), or null when the editor failed having
 * saved no change, or what it saved (and its exit code) when it failed after saving a change. Rejects
 * with a one-line message when the editor cannot start or saved text that is not UTF-8. The file is removed always.
 */
export const editInExternalEditor = async (
  text: string,
  options: ExternalEditorOptions,
): Promise<string | FailedEdit | null> => {
  const { files } = options;
  const configured = [options.env.VISUAL, options.env.EDITOR].find(
    (value) => value !== undefined && value.trim() !== '',
  );
  const fallback = (options.platform ?? process.platform) === 'win32' ? 'notepad' : 'vi';
  const [command = fallback, ...args] = splitCommand(configured ?? fallback);
  // A text file ends with a line break: an editor that appends a line then starts a new one instead of gluing two
  // words ("first.more words"), and one that adds a missing break changes nothing.
  const path = await files.create('answer.md', `${text}\n`);
  try {
    let exitCode: number;
    try {
      exitCode = await options.exec(command, [...args, path]);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`Could not start the editor \`${command}\` (set $VISUAL or $EDITOR): ${reason}`);
    }
    const decoded = decodeAnswerText(await files.read(path));
    if (exitCode !== 0) {
      // What the editor saved before failing is the student's work: kept unless it is no change (or unreadable).
      const saved = decoded?.replace(/\r\n?/g, '\n');
      if (saved === undefined || saved === `${text}\n` || saved === text) return null;
      return { text: saved.endsWith('\n') ? saved.slice(0, -1) : saved, exitCode };
    }
    if (decoded === null) {
      throw new Error(
        'The editor saved text that is not UTF-8: the answer is unchanged (make it save UTF-8, then Ctrl+E again).',
      );
    }
    const edited = decoded.replace(/\r\n?/g, '\n');
    return edited.endsWith('\n') ? edited.slice(0, -1) : edited;
  } finally {
    await files.remove(path);
  }
};
