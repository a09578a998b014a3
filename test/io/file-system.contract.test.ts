import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FileSystem } from '../../src/io/file-system.js';
import { createNodeFileSystem } from '../../src/io/node-file-system.js';
import { memoryFileSystem } from '../helpers/memory-file-system.js';
import { tempFolders } from '../helpers/temp-folders.js';

const folder = tempFolders();
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
const lockWaitMs = 300;

/** One file system under test, with a way to lay out files and look at them without going through it. */
interface Subject {
  fs: FileSystem;
  dir: string;
  put: (name: string, text: string, mode?: number) => string;
  get: (name: string) => string;
}

const subjects: [string, () => Subject][] = [
  [
    'the real file system',
    () => {
      const dir = folder('rw-contract-');
      return {
        fs: createNodeFileSystem({ lockWaitMs }),
        dir,
        put: (name, text, mode = 0o644) => {
          writeFileSync(join(dir, name), text);
          chmodSync(join(dir, name), mode);
          return join(dir, name);
        },
        get: (name) => readFileSync(join(dir, name), 'utf8'),
      };
    },
  ],
  [
    'the in-memory file system of the UI tests',
    () => {
      const dir = '/home/s/project';
      const files = new Map<string, Uint8Array>();
      const modes = new Map<string, number>();
      return {
        fs: memoryFileSystem(files, { modes, lockWaitMs }),
        dir,
        put: (name, text, mode = 0o644) => {
          files.set(join(dir, name), encode(text));
          modes.set(join(dir, name), mode);
          return join(dir, name);
        },
        get: (name) => decode(files.get(join(dir, name))!),
      };
    },
  ],
];

/** Resolves when `promise` settles, with whether it did within `ms`. */
const settlesWithin = async (promise: Promise<unknown>, ms: number): Promise<boolean> =>
  Promise.race([
    promise.then(
      () => true,
      () => true,
    ),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms)),
  ]);

describe.each(subjects)('the FileSystem contract: %s', (_, make) => {
  it('should read what is there, and stat a file, a folder and nothing', async () => {
    const { fs, dir, put } = make();
    const path = put('README.md', 'one\n', 0o640);
    expect(decode(await fs.readFile(path))).toBe('one\n');
    expect(await fs.stat(path)).toMatchObject({
      isFile: true,
      isDirectory: false,
      kind: 'file',
      mode: 0o640,
      size: 4,
    });
    expect(await fs.stat(dir)).toMatchObject({ isFile: false, isDirectory: true, kind: 'directory' });
    expect(await fs.stat(join(dir, 'nothing.md'))).toBeNull();
    expect(await fs.readdir(dir)).toEqual(['README.md']);
  });

  it('should replace a file that still holds what was read, keeping its mode', async () => {
    const { fs, put, get } = make();
    const path = put('README.md', 'one\n', 0o640);
    await fs.writeFileAtomic(path, 'two\n', encode('one\n'));
    expect(get('README.md')).toBe('two\n');
    expect((await fs.stat(path))?.mode).toBe(0o640);
  });

  it('should refuse a file changed since it was read, and a read-only file, writing nothing', async () => {
    const { fs, put, get } = make();
    const path = put('README.md', 'changed\n');
    await expect(fs.writeFileAtomic(path, 'two\n', encode('one\n'))).rejects.toThrow(
      `${path} changed on disk since it was read: nothing was written. Run the command again.`,
    );
    const readOnly = put('ro.md', 'one\n', 0o444);
    await expect(fs.writeFileAtomic(readOnly, 'two\n', encode('one\n'))).rejects.toThrow(
      `${readOnly} is read-only: nothing was written.`,
    );
    expect([get('README.md'), get('ro.md')]).toEqual(['changed\n', 'one\n']);
  });

  it('should let one writer hold the lock at a time, the next one starting when it lets go', async () => {
    const { fs, put } = make();
    const path = put('README.md', 'one\n');
    const order: string[] = [];
    let letGo!: () => void;
    const first = fs.withLock(path, async () => {
      order.push('first in');
      await new Promise<void>((resolve) => (letGo = resolve));
      order.push('first out');
    });
    await expect.poll(() => order).toEqual(['first in']);
    const second = fs.withLock(path, async () => {
      order.push('second in');
      return Promise.resolve(2);
    });
    expect(await settlesWithin(second, 50)).toBe(false);
    letGo();
    expect(await second).toBe(2);
    await first;
    expect(order).toEqual(['first in', 'first out', 'second in']);
  });

  it('should write inside withLock with the lock held there, and make other writers wait for it', async () => {
    const { fs, put, get } = make();
    const path = put('README.md', 'one\n');
    let letGo!: () => void;
    const holder = fs.withLock(path, async () => {
      await fs.writeFileAtomic(path, 'two\n', encode('one\n'));
      await new Promise<void>((resolve) => (letGo = resolve));
    });
    await expect.poll(() => get('README.md')).toBe('two\n');
    const other = fs.writeFileAtomic(path, 'three\n', encode('two\n'));
    expect(await settlesWithin(other, 50)).toBe(false);
    letGo();
    await Promise.all([holder, other]);
    expect(get('README.md')).toBe('three\n');
  });

  it('should give up on a lock held too long with one line, without running or writing', async () => {
    const { fs, dir, put, get } = make();
    const path = put('README.md', 'one\n');
    let letGo!: () => void;
    const holder = fs.withLock(path, async () => new Promise<void>((resolve) => (letGo = resolve)));
    await expect.poll(() => letGo).toBeTypeOf('function');
    const line = `${path} is being written by another process (pid ${process.pid}) for more than 0.3 s: nothing was written. Try again; if no report-wizard is running, delete ${join(dir, '.README.md.report-wizard.lock')}.`;
    let ran = false;
    await expect(fs.withLock(path, async () => Promise.resolve((ran = true)))).rejects.toThrow(line);
    await expect(fs.writeFileAtomic(path, 'two\n', encode('one\n'))).rejects.toThrow(line);
    letGo();
    await holder;
    expect([ran, get('README.md')]).toEqual([false, 'one\n']);
  });

  it('should let go of the lock when the locked work throws', async () => {
    const { fs, put } = make();
    const path = put('README.md', 'one\n');
    await expect(fs.withLock(path, async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await fs.withLock(path, async () => Promise.resolve('again'))).toBe('again');
  });
});
