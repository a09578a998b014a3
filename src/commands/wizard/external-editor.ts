import { spawnSync } from 'node:child_process';
import type { CliIo } from '../../io/cli-io.js';
import type { FailedEdit } from '../../ui/edit-in-external-editor.js';
import { pasteOff, pasteOn } from './bracketed-paste.js';

/** Hands the terminal to $VISUAL/$EDITOR: the event loop is blocked meanwhile, so Ink reads no keys of its. */
export const externalEditor =
  (io: CliIo) =>
  async (text: string): Promise<string | FailedEdit | null> => {
    const [{ editInExternalEditor }, { nodeTempFiles }] = await Promise.all([
      import('../../ui/edit-in-external-editor.js'),
      import('../../io/node-temp-files.js'),
    ]);
    const stdin = io.stdin as NodeJS.ReadStream;
    return editInExternalEditor(text, {
      env: io.env,
      files: nodeTempFiles,
      exec: async (command, args) => {
        stdin.setRawMode(false);
        io.stdout.write(pasteOff);
        try {
          // Synchronous on purpose (not execa): while the editor owns the terminal, Ink must neither read keys nor
          // draw, and a blocked event loop guarantees both.
          const result = spawnSync(command, args, { stdio: 'inherit' });
          if (result.error) throw result.error;
          return Promise.resolve(result.status ?? 1);
        } finally {
          stdin.setRawMode(true);
          io.stdout.write(pasteOn);
        }
      },
    });
  };
