import type { KeyPress } from '../../input/key-press.js';
import { findBinding } from '../../keys/find-binding.js';
import type { WizardState } from '../../wizard-reducer.js';
import { helpOrQuit } from '../help-or-quit.js';
import type { ScreenContext, Step } from '../step.js';
import { resolveConflicts } from './resolve-conflicts.js';
import { resolveKeys } from './resolve-keys.js';

/** What one key does on the Resolve screen: selects a conflict, takes a side of it, or marks the report resolved. */
export const resolveKey = (state: WizardState, key: KeyPress, { doc, resolve }: ScreenContext): Step[] => {
  const action = findBinding(resolveKeys, key)?.action;
  if (action === 'help' || action === 'quit') return helpOrQuit(action);
  if (action === 'back') return [{ type: 'OPEN_OVERVIEW' }];
  if (resolve === undefined || resolve === null || action === undefined) return [];
  const list = resolveConflicts(doc.text, resolve);
  const conflicts = list.ok ? list.conflicts : [];
  const at = Math.min(state.resolveAt, Math.max(0, conflicts.length - 1));
  switch (action) {
    case 'up':
    case 'down': {
      const to = Math.max(0, Math.min(conflicts.length - 1, at + (action === 'up' ? -1 : 1)));
      return to === state.resolveAt ? [] : [{ type: 'SELECT_RESOLVE', index: to }];
    }
    case 'ours':
    case 'theirs':
    case 'both': {
      const conflict = conflicts[at];
      if (conflict === undefined) return [];
      return [{ kind: 'resolveTake', key: conflict.key, label: conflict.label, choice: action }];
    }
    case 'edit': {
      const conflict = conflicts[at];
      if (conflict === undefined) return [];
      if (conflict.question === null)
        return [
          { type: 'NOTIFY', message: `${conflict.label} is not in an answer: take ours, theirs or both.` },
        ];
      // Both sides go into the file first; the answer editor then starts from them and saves like any answer.
      return [
        {
          kind: 'resolveTake',
          key: conflict.key,
          label: conflict.label,
          choice: 'both',
          then: [{ type: 'OPEN_QUESTION', number: conflict.question }],
        },
      ];
    }
    case 'add':
      if (!list.ok || conflicts.length > 0)
        return [
          { type: 'NOTIFY', message: 'Resolve every conflict first: git add marks the report resolved.' },
        ];
      return [{ kind: 'gitAdd' }];
  }
};
