import type { KeyBinding } from './key-binding.js';

/** The `label`/`help` pairs of a key table, for the `?` help and the README (bindings without a label folded in). */
export const helpEntries = <A>(table: readonly KeyBinding<A>[]): { label: string; help: string }[] =>
  table.flatMap(({ label, help }) => (label === undefined ? [] : [{ label, help: help ?? '' }]));
