import type { KeyBinding } from './key-binding.js';

/** The footer line of key tables: their footer bindings (`label help`, or their short text), joined by ` · `. */
export const footerText = <A>(
  table: readonly KeyBinding<A>[],
  shown: (action: A) => boolean = () => true,
): string =>
  table
    .filter((binding) => binding.footer !== undefined && shown(binding.action))
    .map(({ label, help, footer }) => (typeof footer === 'string' ? footer : `${label} ${help}`))
    .join(' · ');
