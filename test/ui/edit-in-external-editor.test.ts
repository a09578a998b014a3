import { describe, expect, it } from 'vitest';
import { editInExternalEditor, type TempFiles } from '../../src/ui/edit-in-external-editor.js';

const memoryFiles = () => {
  const contents = new Map<string, string>();
  const removed: string[] = [];
  const files: TempFiles = {
    makeDir: () => Promise.resolve('/tmp/rw-1'),
    write: (path, text) => {
      contents.set(path, text);
      return Promise.resolve();
    },
    read: (path) => Promise.resolve(contents.get(path) ?? ''),
    removeDir: (path) => {
      removed.push(path);
      return Promise.resolve();
    },
  };
  return { files, contents, removed };
};

describe('editInExternalEditor', () => {
  it('should run $VISUAL with its arguments on a temporary answer.md and return what was saved', async () => {
    const { files, contents, removed } = memoryFiles();
    const calls: [string, string[]][] = [];
    const result = await editInExternalEditor('old text', {
      env: { VISUAL: 'code --wait', EDITOR: 'nano' },
      files,
      exec: (command, args) => {
        calls.push([command, args]);
        expect(contents.get('/tmp/rw-1/answer.md')).toBe('old text');
        contents.set('/tmp/rw-1/answer.md', 'new\r\ntext\n');
        return Promise.resolve(0);
      },
    });
    expect(calls).toEqual([['code', ['--wait', '/tmp/rw-1/answer.md']]]);
    expect(result).toBe('new\ntext');
    expect(removed).toEqual(['/tmp/rw-1']);
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
    expect(calls).toEqual([['C:\\Program Files\\Editor\\ed.exe', ['-w', '/tmp/rw-1/answer.md']]]);
  });

  it('should keep a final line break the answer already had', async () => {
    const result = await editInExternalEditor('a\n', {
      env: { EDITOR: 'ed' },
      files: memoryFiles().files,
      exec: () => Promise.resolve(0),
    });
    expect(result).toBe('a\n');
  });

  it('should give null when the editor exits with an error, and still clean up', async () => {
    const { files, removed } = memoryFiles();
    const result = await editInExternalEditor('a', {
      env: { EDITOR: 'ed' },
      files,
      exec: () => Promise.resolve(1),
    });
    expect([result, removed]).toEqual([null, ['/tmp/rw-1']]);
  });

  it('should say which editor could not start', async () => {
    const { files, removed } = memoryFiles();
    await expect(
      editInExternalEditor('a', {
        env: { EDITOR: 'nosuch' },
        files,
        exec: () => Promise.reject(new Error('spawn nosuch ENOENT')),
      }),
    ).rejects.toThrow('Could not start the editor `nosuch` (set $VISUAL or $EDITOR): spawn nosuch ENOENT');
    expect(removed).toEqual(['/tmp/rw-1']);
  });

  it('should round-trip through real temporary files', async () => {
    const result = await editInExternalEditor('draft', {
      env: { EDITOR: 'fake' },
      exec: async (_command, args) => {
        const { appendFile } = await import('node:fs/promises');
        await appendFile(args[0] ?? '', ' more\n');
        return 0;
      },
    });
    expect(result).toBe('draft more');
  });
});
