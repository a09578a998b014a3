import { keyId } from '../input/key-id.js';
import type { KeyPress } from '../input/key-press.js';
import type { KeyBinding } from './key-binding.js';

/** The binding of `table` that `key` triggers, if any. */
export const findBinding = <A>(table: readonly KeyBinding<A>[], key: KeyPress): KeyBinding<A> | undefined => {
  const id = keyId(key);
  return table.find((binding) => binding.keys.includes(id));
};
