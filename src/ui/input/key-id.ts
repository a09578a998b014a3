import type { KeyPress } from './key-press.js';

/**
 * The name a key table uses for a key: modifiers in the order `ctrl+alt+shift+`, then the name. A printable
 * character carries its shift in its case (`N`, not `shift+n`).
 */
export const keyId = (key: KeyPress): string => {
  const printable = [...key.name].length === 1;
  return [
    key.ctrl ? 'ctrl+' : '',
    key.meta ? 'alt+' : '',
    key.shift && !printable ? 'shift+' : '',
    key.name,
  ].join('');
};
