import { appendFileSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeTempFiles } from '../../src/io/node-temp-files.js';
import type { TempFiles } from '../../src/io/temp-files.js';
import { editInExternalEditor } from '../../src/ui/edit-in-external-editor.js';

const path = '/tmp/rw-1/answer.md';
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** In-memory temp files: `saved` is what the editor leaves in the file, `log` every call in order. */
const memoryFiles = () => {
  const contents = new Map<string, Uint8Array>();
  const log: string[] = [];
  const files: TempFiles = {
    create: (name, text) => {
      log.push(`create ${name} ${JSON.stringify(text)}`);
      contents.set(path, utf8(text));
      return Promise.resolve(path);
    },
    read: (p) => {
      log.push(`read ${p}`);
      return Promise.resolve(contents.get(p) ?? new Uint8Array());
    },
    remove: (p) => {
      log.push(`remove ${p}`);
      contents.delete(p);
      return Promise.resolve();
    },
  };
  /** An editor that leaves `bytes` in the file and exits with `code`. */
  const saving =
    (bytes: string | Uint8Array, code = 0) =>
    (_command: string, args: string[]): Promise<number> => {
      contents.set(args[args.length - 1]!, typeof bytes === 'string' ? utf8(bytes) : bytes);
      return Promise.resolve(code);
    };
  /** An editor that appends `more` to what it finds. */
  const appending =
    (more: string) =>
    (_command: string, args: string[]): Promise<number> => {
      const file = args[args.length - 1]!;
      contents.set(file, utf8(new TextDecoder().decode(contents.get(file)) + more));
      return Promise.resolve(0);
    };
  return { files, log, contents, saving, appending };
};

describe('editInExternalEditor', () => {
  it('should run $VISUAL with its arguments on a temporary answer.md that ends with a line break', async () => {
    const { files, log, contents } = memoryFiles();
    const calls: [string, string[], string][] = [];
    const result = await editInExternalEditor('old text', {
      env: { VISUAL: 'code --wait', EDITOR: 'nano' },
      files,
      exec: (command, args) => {
        calls.push([command, args, new TextDecoder().decode(contents.get(path))]);
        contents.set(path, utf8('new\r\ntext\n'));
        return Promise.resolve(0);
      },
    });
    expect(calls).toEqual([['code', ['--wait', path], 'old text\n']]);
    expect(result).toBe('new\ntext');
    expect(log).toEqual(['create answer.md "old text\\n"', `read ${path}`, `remove ${path}`]);
  });

  it('should start the line an editor appends on a new line, instead of gluing two words', async () => {
    const { files, appending } = memoryFiles();
    const result = await editInExternalEditor('first.', {
      env: { EDITOR: 'ed' },
      files,
      exec: appending('more words\n'),
    });
    expect(result).toBe('first.\nmore words');
  });

  it('should give back the same text when the editor saves the file unchanged', async () => {
    for (const text of ['a', 'a\n', '', 'two\n\nparagraphs', 'ends with blank lines\n\n']) {
      const { files } = memoryFiles();
      const result = await editInExternalEditor(text, {
        env: { EDITOR: 'ed' },
        files,
        exec: () => Promise.resolve(0),
      });
      expect([text, result]).toEqual([text, text]);
    }
  });

  it('should remove one final line break only, and take a file saved without one as it is', async () => {
    const one = memoryFiles();
    expect(
      await editInExternalEditor('x', { env: { EDITOR: 'ed' }, files: one.files, exec: one.saving('a\n\n') }),
    ).toBe('a\n');
    const none = memoryFiles();
    expect(
      await editInExternalEditor('x', { env: { EDITOR: 'ed' }, files: none.files, exec: none.saving('a') }),
    ).toBe('a');
    const cr = memoryFiles();
    expect(
      await editInExternalEditor('x', { env: { EDITOR: 'ed' }, files: cr.files, exec: cr.saving('a\rb\r') }),
    ).toBe('a\nb');
  });

  it('should drop the BOM Notepad writes', async () => {
    const { files, saving } = memoryFiles();
    const result = await editInExternalEditor('x', {
      env: {},
      platform: 'win32',
      files,
      exec: saving('\uFEFFcafé\r\n'),
    });
    expect(result).toBe('café');
  });

  it('should refuse text that is not UTF-8 with one line, and still remove the file', async () => {
    const { files, log, saving } = memoryFiles();
    await expect(
      editInExternalEditor('café', {
        env: { EDITOR: 'ed' },
        files,
        exec: saving(Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x0a])),
      }),
    ).rejects.toThrow(
      new Error(
        'The editor saved text that is not UTF-8: the answer is unchanged (make it save UTF-8, then Ctrl+E again).',
      ),
    );
    expect(log).toEqual(['create answer.md "café\\n"', `read ${path}`, `remove ${path}`]);
  });

  it('should fall back to $EDITOR, then to vi or Notepad', async () => {
    const commands: string[] = [];
    const exec = (command: string): Promise<number> => {
      commands.push(command);
      return Promise.resolve(0);
    };
    await editInExternalEditor('', {
      env: { VISUAL: ' ', EDITOR: 'nano' },
      files: memoryFiles().files,
      exec,
    });
    await editInExternalEditor('', { env: {}, files: memoryFiles().files, exec, platform: 'linux' });
    await editInExternalEditor('', { env: {}, files: memoryFiles().files, exec, platform: 'win32' });
    expect(commands).toEqual(['nano', 'vi', 'notepad']);
  });

  it('should keep a quoted editor path with spaces whole', async () => {
    const calls: [string, string[]][] = [];
    await editInExternalEditor('', {
      env: { EDITOR: '"C:\\Program Files\\Editor\\ed.exe" -w' },
      files: memoryFiles().files,
      exec: (command, args) => {
        calls.push([command, args]);
        return Promise.resolve(0);
      },
    });
    expect(calls).toEqual([['C:\\Program Files\\Editor\\ed.exe', ['-w', path]]]);
  });

  it('should give null when the editor exits with an error, and still remove the file', async () => {
    const { files, log, saving } = memoryFiles();
    const result = await editInExternalEditor('a', {
      env: { EDITOR: 'ed' },
      files,
      // An error after saving nothing new: nothing to keep.
      exec: saving('a\n', 1),
    });
    // Read to see whether it saved anything (issue 19 item 17).
    expect([result, log]).toEqual([null, ['create answer.md "a\\n"', `read ${path}`, `remove ${path}`]]);
  });

  it('should keep what an editor saved before it exited with an error, with its exit code', async () => {
    const { files, log, saving } = memoryFiles();
    const result = await editInExternalEditor('a', {
      env: { EDITOR: 'ed' },
      files,
      exec: saving('half-saved\r\nwork\n', 1),
    });
    expect([result, log]).toEqual([
      { text: 'half-saved\nwork', exitCode: 1 },
      ['create answer.md "a\\n"', `read ${path}`, `remove ${path}`],
    ]);
  });

  it('should say which editor could not start, and still remove the file', async () => {
    const { files, log } = memoryFiles();
    await expect(
      editInExternalEditor('a', {
        env: { EDITOR: 'nosuch' },
        files,
        exec: () => Promise.reject(new Error('spawn nosuch ENOENT')),
      }),
    ).rejects.toThrow(
      new Error('Could not start the editor `nosuch` (set $VISUAL or $EDITOR): spawn nosuch ENOENT'),
    );
    expect(log).toEqual(['create answer.md "a\\n"', `remove ${path}`]);
  });

  it('should remove the file when reading it back fails', async () => {
    const { files, log } = memoryFiles();
    const failing: TempFiles = { ...files, read: () => Promise.reject(new Error('EIO: i/o error')) };
    await expect(
      editInExternalEditor('a', { env: { EDITOR: 'ed' }, files: failing, exec: () => Promise.resolve(0) }),
    ).rejects.toThrow(new Error('EIO: i/o error'));
    expect(log).toEqual(['create answer.md "a\\n"', `remove ${path}`]);
  });

  it('should round-trip through real temporary files, private to the user, and remove them', async () => {
    let seen: { text: string; fileMode: number; dirMode: number; file: string } | undefined;
    const result = await editInExternalEditor('draft', {
      env: { EDITOR: 'fake' },
      files: nodeTempFiles,
      exec: (_command, args) => {
        const file = args[0]!;
        seen = {
          file,
          text: readFileSync(file, 'utf8'),
          fileMode: statSync(file).mode & 0o777,
          dirMode: statSync(dirname(file)).mode & 0o777,
        };
        appendFileSync(file, 'more\n');
        return Promise.resolve(0);
      },
    });
    expect(result).toBe('draft\nmore');
    expect(seen && { ...seen, file: undefined }).toEqual({
      text: 'draft\n',
      fileMode: 0o600,
      dirMode: 0o700,
      file: undefined,
    });
    expect(existsSync(dirname(seen!.file))).toBe(false);
  });
});

describe('nodeTempFiles', () => {
  it('should remove what is left at process exit, and nothing once removed', async () => {
    const before = process.listeners('exit');
    const file = await nodeTempFiles.create('answer.md', 'x');
    const added = process.listeners('exit').filter((listener) => !before.includes(listener));
    expect(added).toHaveLength(1);
    writeFileSync(`${dirname(file)}/editor-backup~`, 'y');
    added[0]!(0);
    expect(existsSync(dirname(file))).toBe(false);
    await nodeTempFiles.remove(file);
    expect(process.listeners('exit').filter((listener) => !before.includes(listener))).toEqual([]);
  });
});
