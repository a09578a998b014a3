import type { KeyPress } from '../../input/key-press.js';
import { findBinding } from '../../keys/find-binding.js';
import type { Step } from '../step.js';
import { conflictKeys } from './conflict-keys.js';

/** What one key does on the screen for a draft whose answer changed in the file. */
export const conflictKey = (key: KeyPress): Step[] => {
  const action = findBinding(conflictKeys, key)?.action;
  if (action === undefined) return [];
  if (action === 'help') return [{ type: 'SHOW_HELP', shown: true }];
  return [{ type: 'RESOLVE_CONFLICT', keep: action }];
};
