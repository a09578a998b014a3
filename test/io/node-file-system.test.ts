import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeFileSystem } from '../../src/io/node-file-system.js';

const folder = (): string => mkdtempSync(join(tmpdir(), 'rw-fs-'));

describe('nodeFileSystem.writeFileAtomic', () => {
  it('should write through a symlink to the file it points to and keep the link', async () => {
    const dir = folder();
    const real = join(dir, 'real.md');
    const link = join(dir, 'README.md');
    writeFileSync(real, 'old\n');
    symlinkSync('real.md', link);
    await nodeFileSystem.writeFileAtomic(link, 'new\n', new TextEncoder().encode('old\n'));
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toBe('new\n');
    expect(readdirSync(dir).sort()).toEqual(['README.md', 'real.md']);
  });

  it('should leave no temporary file behind after a write or a refused write', async () => {
    const dir = folder();
    const path = join(dir, 'README.md');
    writeFileSync(path, 'one\n');
    await nodeFileSystem.writeFileAtomic(path, 'two\n', new TextEncoder().encode('one\n'));
    await expect(
      nodeFileSystem.writeFileAtomic(path, 'three\n', new TextEncoder().encode('one\n')),
    ).rejects.toThrow(
      `${path} changed on disk since it was read: nothing was written. Run the command again.`,
    );
    expect(readFileSync(path, 'utf8')).toBe('two\n');
    expect(readdirSync(dir)).toEqual(['README.md']);
  });

  it('should say a file that can no longer be read is unreadable, not changed, and write nothing', async () => {
    const dir = folder();
    const path = join(dir, 'README.md');
    writeFileSync(path, 'one\n');
    rmSync(path);
    mkdirSync(path);
    await expect(
      nodeFileSystem.writeFileAtomic(path, 'two\n', new TextEncoder().encode('one\n')),
    ).rejects.toThrow(`${path} can no longer be read (EISDIR): nothing was written.`);
    expect(readdirSync(dir)).toEqual(['README.md']);
  });

  it('should call a file that disappeared changed on disk', async () => {
    const dir = folder();
    const path = join(dir, 'README.md');
    await expect(
      nodeFileSystem.writeFileAtomic(path, 'two\n', new TextEncoder().encode('one\n')),
    ).rejects.toThrow(
      `${path} changed on disk since it was read: nothing was written. Run the command again.`,
    );
  });
});
