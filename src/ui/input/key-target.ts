import type { KeyDelivery } from './create-key-queue.js';
import type { KeyPress } from './key-press.js';

/** A screen that takes keys from the app's router; `id` tells the router it is the screen it expects. */
export interface KeyTarget {
  id: number;
  handle(key: KeyPress): KeyDelivery;
}

/** Where a mounted screen registers itself as the target of the router's keys. */
export interface KeyTargetSlot {
  current: KeyTarget | null;
}
