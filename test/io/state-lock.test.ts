import { mkdtempSync, readFileSync, readdirSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { takeStateLock } from '../../src/io/state-lock.js';

const folder = (): string => mkdtempSync(join(tmpdir(), 'rw-lock-'));

test('should hold the pid in the lock, and remove it on release', async () => {
  const dir = folder();
  const release = await takeStateLock(join(dir, 'state.json.lock'));
  expect(readFileSync(join(dir, 'state.json.lock'), 'utf8')).toBe(`${process.pid}\n`);
  await release();
  expect(readdirSync(dir)).toEqual([]);
});

test('should make a second taker wait until the first releases', async () => {
  const dir = folder();
  const path = join(dir, 'state.json.lock');
  const order: string[] = [];
  let looks = 0;
  const releaseFirst = await takeStateLock(path);
  const second = takeStateLock(path, {
    isAlive: () => {
      looks += 1;
      return true;
    },
  }).then((release) => {
    order.push('second');
    return release;
  });
  // The second has found the lock held, and looked at its holder, at least twice.
  const end = Date.now() + 10_000;
  while (looks < 2 && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 5));
  order.push('first released');
  await releaseFirst();
  await (
    await second
  )();
  expect(order).toEqual(['first released', 'second']);
  expect(looks).toBeGreaterThanOrEqual(2);
});

test('should give up with one line after its timeout while a live process holds it', async () => {
  const dir = folder();
  const path = join(dir, 'state.json.lock');
  writeFileSync(path, `${process.pid}\n`);
  await expect(takeStateLock(path, { timeoutMs: 30 })).rejects.toThrow(`${path} is held by another process.`);
  expect(readFileSync(path, 'utf8')).toBe(`${process.pid}\n`);
});

test('should take over a lock whose process is gone', async () => {
  const dir = folder();
  const path = join(dir, 'state.json.lock');
  writeFileSync(path, '4000000\n');
  const release = await takeStateLock(path, { timeoutMs: 30, isAlive: (pid) => pid !== 4000000 });
  expect(readFileSync(path, 'utf8')).toBe(`${process.pid}\n`);
  await release();
  expect(readdirSync(dir)).toEqual([]);
});

test('should take over a lock older than its stale age, whatever pid it holds', async () => {
  const dir = folder();
  const path = join(dir, 'state.json.lock');
  writeFileSync(path, `${process.pid}\n`);
  const old = new Date(Date.now() - 60_000);
  utimesSync(path, old, old);
  const release = await takeStateLock(path, { timeoutMs: 30 });
  await release();
  expect(readdirSync(dir)).toEqual([]);
});

test('should not remove a lock another took over meanwhile', async () => {
  const dir = folder();
  const path = join(dir, 'state.json.lock');
  const release = await takeStateLock(path);
  // Someone judged us stale and took the lock: a new file at the same path.
  writeFileSync(`${path}.new`, '123\n');
  renameSync(`${path}.new`, path);
  await release();
  expect(readFileSync(path, 'utf8')).toBe('123\n');
});
