import type { KeyPress } from '../../input/key-press.js';
import { findBinding } from '../../keys/find-binding.js';
import type { Step } from '../step.js';
import { quitKeys } from './quit-keys.js';

/** What one key does on the quit prompt. */
export const quitKey = (key: KeyPress): Step[] => {
  switch (findBinding(quitKeys, key)?.action) {
    case 'write':
      return [{ kind: 'writeAllAndQuit' }];
    case 'discard':
      return [{ type: 'QUIT', discard: true }];
    case 'stay':
      return [{ type: 'CANCEL_QUIT' }];
    case undefined:
      return [];
  }
};
