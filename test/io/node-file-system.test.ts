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
import { hostname, tmpdir } from 'node:os';
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

describe('nodeFileSystem.withLock', () => {
  it('should run a write again under a new lock when its lock was taken over before the file was replaced', async () => {
    const dir = folder();
    const path = join(dir, 'README.md');
    writeFileSync(path, 'one\n');
    const lockPath = join(dir, '.README.md.report-wizard.lock');
    const runs: string[] = [];
    await nodeFileSystem.withLock(path, async () => {
      const text = readFileSync(path, 'utf8');
      runs.push(text);
      // The first time, a waiter takes the lock over mid-write: its holder (a pid no process has) then ends.
      if (runs.length === 1) writeFileSync(lockPath, `4194303 1 ${hostname()} 1\n`);
      await nodeFileSystem.writeFileAtomic(path, `${text}two\n`, new TextEncoder().encode(text));
    });
    expect(runs).toEqual(['one\n', 'one\n']);
    expect(readFileSync(path, 'utf8')).toBe('one\ntwo\n');
    expect(readdirSync(dir)).toEqual(['README.md']);
  });
});
