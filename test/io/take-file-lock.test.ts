import { mkdtempSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { ownIdentity } from '../../src/io/process-identity.js';
import { takeFileLock } from '../../src/io/take-file-lock.js';

const lockIn = (): string => join(mkdtempSync(join(tmpdir(), 'rw-lock-')), 'README.md.lock');
const me = (): string => `${process.pid} ${ownIdentity().start} ${hostname()}`;

test('should hold pid, start time and host in the lock, and remove it on release', async () => {
  const path = lockIn();
  const lock = await takeFileLock(path, 'README.md', 1000);
  expect(readFileSync(path, 'utf8')).toMatch(new RegExp(`^${me()} \\d+\\n$`));
  expect(await lock.holds()).toBe(true);
  await lock.release();
  expect(readdirSync(join(path, '..'))).toEqual([]);
});

test('should make a second taker wait until the first releases', async () => {
  const path = lockIn();
  const order: string[] = [];
  const first = await takeFileLock(path, 'README.md', 1000);
  const second = takeFileLock(path, 'README.md', 10_000).then((lock) => {
    order.push('second');
    return lock;
  });
  // Long enough for the second to find the lock held and back off at least once.
  await new Promise((resolve) => setTimeout(resolve, 30));
  order.push('first released');
  await first.release();
  await (await second).release();
  expect(order).toEqual(['first released', 'second']);
});

test('should give up with one line after its wait while a live process holds it', async () => {
  const path = lockIn();
  writeFileSync(path, `${me()} 7\n`);
  await expect(takeFileLock(path, 'README.md', 30)).rejects.toThrow(
    `README.md is being written by another process (pid ${process.pid}) for more than 0.03 s: nothing was written. Try again; if no report-wizard is running, delete ${path}.`,
  );
  expect(readFileSync(path, 'utf8')).toBe(`${me()} 7\n`);
});

test('should take over a lock whose process is gone', async () => {
  const path = lockIn();
  // No process has pid 4194304 (above Linux's pid_max).
  writeFileSync(path, `4194304 1 ${hostname()} 1\n`);
  const lock = await takeFileLock(path, 'README.md', 30);
  expect(await lock.holds()).toBe(true);
  await lock.release();
  expect(readdirSync(join(path, '..'))).toEqual([]);
});

test('should not remove a lock another took over meanwhile', async () => {
  const path = lockIn();
  const lock = await takeFileLock(path, 'README.md', 1000);
  // Someone judged us gone and took the lock: a new file at the same path.
  writeFileSync(`${path}.new`, '123 1 host 1\n');
  renameSync(`${path}.new`, path);
  expect(await lock.holds()).toBe(false);
  await lock.release();
  expect(readFileSync(path, 'utf8')).toBe('123 1 host 1\n');
});
