import type { KeyPress } from './key-press.js';

/**
 * What a key handler tells the queue: nothing (done), `wait` (the screen for this key is not drawn yet: hold it and
 * everything after it until `resume`), or a promise (hold the next keys until it settles, e.g. a write before a
 * screen change).
 */
export type KeyDelivery = void | 'wait' | Promise<unknown>;

/** Keys waiting for their turn: each one reaches the handler only after the previous one took full effect. */
export interface KeyQueue {
  push(keys: readonly KeyPress[]): void;
  /** Tries again after a `wait` (call it once the screens have rendered). */
  resume(): void;
  /** How many keys are waiting. */
  size(): number;
}

/** A queue delivering keys one by one to `deliver`; a handler that throws loses its key, never the queue. */
export const createKeyQueue = (
  deliver: (key: KeyPress) => KeyDelivery,
  onError: (error: unknown) => void = () => undefined,
): KeyQueue => {
  const keys: KeyPress[] = [];
  let blocked: 'wait' | 'busy' | null = null;

  const drain = (): void => {
    while (blocked === null && keys.length > 0) {
      let result: KeyDelivery;
      try {
        result = deliver(keys[0]!);
      } catch (error) {
        keys.shift();
        onError(error);
        continue;
      }
      if (result === 'wait') {
        blocked = 'wait';
        return;
      }
      keys.shift();
      if (result instanceof Promise) {
        blocked = 'busy';
        void result.catch(onError).finally(() => {
          blocked = null;
          drain();
        });
      }
    }
  };

  return {
    push: (more) => {
      keys.push(...more);
      drain();
    },
    resume: () => {
      if (blocked !== 'wait') return;
      blocked = null;
      drain();
    },
    size: () => keys.length,
  };
};
