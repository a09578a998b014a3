import { useLayoutEffect, useMemo, useRef } from 'react';
import { createKeyQueue } from './create-key-queue.js';
import type { KeyTarget, KeyTargetSlot } from './key-target.js';
import { useKeypress } from './use-keypress.js';

/**
 * Makes a component the target of its parent's keys: registered in `slot` at every commit, so the parent's router
 * reaches the newest handler. Without a slot (the component on its own, as in tests) it reads the terminal itself.
 */
export const useKeyTarget = (slot: KeyTargetSlot | undefined, target: KeyTarget): void => {
  const latest = useRef(target);
  latest.current = target;
  useLayoutEffect(() => {
    if (slot) slot.current = latest.current;
  });
  const { id } = target;
  useLayoutEffect(
    () => () => {
      if (slot?.current?.id === id) slot.current = null;
    },
    [slot, id],
  );
  const queue = useMemo(() => createKeyQueue((key) => latest.current.handle(key)), []);
  useKeypress((keys) => queue.push(keys), { isActive: slot === undefined });
};
