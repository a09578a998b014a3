import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import { isRunning, ownIdentity } from '../../src/io/process-identity.js';

const linux = process.platform === 'linux';

describe('isRunning', () => {
  it('should say this process runs, and one that has ended does not', () => {
    const ended = Number(
      spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout,
    );
    expect([isRunning(ownIdentity()), isRunning({ pid: ended })]).toEqual([true, false]);
  });

  it.runIf(linux)('should not take a reused pid (another start time) for the writer that held it', () => {
    const me = ownIdentity();
    expect(me.start).toMatch(/^\d+$/);
    expect(isRunning({ ...me, start: `${Number(me.start) + 1}` })).toBe(false);
  });

  it('should count a process on another host as running: it cannot be asked', () => {
    expect(isRunning({ pid: 999_999_999, start: '1', host: `not-${hostname()}` })).toBe(true);
  });
});
