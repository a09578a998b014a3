import { describe, expect, it } from 'vitest';
import { type KeyDelivery, createKeyQueue } from '../../../src/ui/input/create-key-queue.js';
import type { KeyPress } from '../../../src/ui/input/key-press.js';
import { keysOf } from '../../helpers/keys-of.js';

const names = (keys: KeyPress[]): string[] => keys.map((k) => k.name);

describe('createKeyQueue', () => {
  it('should deliver every key of a push in order', () => {
    const seen: KeyPress[] = [];
    const queue = createKeyQueue((key) => void seen.push(key));
    queue.push(keysOf('ab\t'));
    expect(names(seen)).toEqual(['a', 'b', 'tab']);
    expect(queue.size()).toBe(0);
  });

  it('should hold the next keys while a delivery’s promise runs, then go on', async () => {
    const seen: string[] = [];
    let finish: () => void = () => undefined;
    const queue = createKeyQueue((key): KeyDelivery => {
      seen.push(key.name);
      if (key.name === 'tab') return new Promise<void>((resolve) => (finish = resolve));
    });
    queue.push(keysOf('a\tb'));
    queue.push(keysOf('c'));
    expect(seen).toEqual(['a', 'tab']);
    expect(queue.size()).toBe(2);
    finish();
    await new Promise((resolve) => setImmediate(resolve));
    expect(seen).toEqual(['a', 'tab', 'b', 'c']);
  });

  it('should keep a key that must wait, and deliver it again on resume', () => {
    const seen: string[] = [];
    let ready = false;
    const queue = createKeyQueue((key): KeyDelivery => {
      if (key.name === 'b' && !ready) return 'wait';
      seen.push(key.name);
    });
    queue.push(keysOf('abc'));
    expect(seen).toEqual(['a']);
    queue.resume();
    expect(seen).toEqual(['a']);
    ready = true;
    queue.resume();
    expect(seen).toEqual(['a', 'b', 'c']);
  });

  it('should lose only the key whose handler throws, and report the error', () => {
    const seen: string[] = [];
    const errors: unknown[] = [];
    const queue = createKeyQueue(
      (key) => {
        if (key.name === 'b') throw new Error('boom');
        seen.push(key.name);
      },
      (error) => errors.push(error),
    );
    queue.push(keysOf('abc'));
    expect(seen).toEqual(['a', 'c']);
    expect(errors).toEqual([new Error('boom')]);
  });

  it('should go on after a delivery’s promise rejects', async () => {
    const seen: string[] = [];
    const errors: unknown[] = [];
    const queue = createKeyQueue(
      (key): KeyDelivery => {
        seen.push(key.name);
        if (key.name === 'a') return Promise.reject(new Error('write failed'));
      },
      (error) => errors.push(error),
    );
    queue.push(keysOf('ab'));
    await new Promise((resolve) => setImmediate(resolve));
    expect(seen).toEqual(['a', 'b']);
    expect(errors).toEqual([new Error('write failed')]);
  });
});
